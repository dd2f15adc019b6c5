import { Controller, Get, Header } from '@nestjs/common';
import { AuthUser } from '../common/auth-user';
import { CurrentUser } from '../common/decorators';
import { ExportsService } from './exports.service';

/**
 * `/export/*.csv` with the access token as a Bearer header (the global guard
 * refuses anyone else): the rows the caller may see, for spreadsheets.
 */
@Controller('export')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('needs.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="needs.csv"')
  needs(@CurrentUser() user: AuthUser) {
    return this.exports.needs(user);
  }

  @Get('solutions.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="solutions.csv"')
  solutions(@CurrentUser() user: AuthUser) {
    return this.exports.solutions(user);
  }

  @Get('matches.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="matches.csv"')
  matches(@CurrentUser() user: AuthUser) {
    return this.exports.matches(user);
  }
}
