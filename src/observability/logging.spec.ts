import { pino } from 'pino';
import { Writable } from 'node:stream';
import { AppLogger, prettyDestination, prettyMessage, resolveLogFormat } from './logging';

/** An AppLogger writing into an array of parsed JSON lines. */
function capture(level = 'info') {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: new AppLogger(pino({ level, messageKey: 'msg' }, stream)) };
}

describe('AppLogger (Nest calling conventions over pino)', () => {
  it('takes the last argument as the context and merges objects into the line', () => {
    const { lines, logger } = capture();
    logger.log('ready', 'Main');
    logger.warn({ requestId: 'r-1', path: '/graphql' }, 'Limits');
    expect(lines[0]).toMatchObject({ msg: 'ready', context: 'Main', level: 30 });
    expect(lines[1]).toMatchObject({ requestId: 'r-1', path: '/graphql', context: 'Limits' });
  });

  it("turns Nest's (message, stack, context) and a context-less (message, stack) into an error", () => {
    const { lines, logger } = capture();
    const stack = 'Error: boom\n    at somewhere (file.js:1:1)';
    logger.error('boom', stack, 'ExceptionsHandler');
    logger.error('boom', stack);
    logger.error(new TypeError('bad'), 'Errors');
    for (const line of lines.slice(0, 2)) {
      expect(line.err).toMatchObject({ message: 'boom', stack });
    }
    expect(lines[0].context).toBe('ExceptionsHandler');
    expect(lines[1].context).toBeUndefined();
    expect(lines[2]).toMatchObject({
      context: 'Errors',
      err: { type: 'TypeError', message: 'bad' },
    });
  });

  it('writes nothing below its level', () => {
    const { lines, logger } = capture();
    logger.debug('hidden', 'X');
    logger.verbose('hidden', 'X');
    expect(lines).toHaveLength(0);
  });
});

describe("Nest's start-up chatter", () => {
  it('is written at debug level: modules, controllers and routes mapped', () => {
    const quiet = capture();
    quiet.logger.log('AppModule dependencies initialized', 'InstanceLoader');
    quiet.logger.log('Mapped {/health, GET} route', 'RouterExplorer');
    quiet.logger.log('HealthController {/health}:', 'RoutesResolver');
    quiet.logger.log('Mapped {/graphql, POST} route', 'GraphQLModule');
    quiet.logger.log('Nest application successfully started', 'NestApplication');
    quiet.logger.log('Live events: in-process', 'LiveEvents');
    expect(quiet.lines.map((l) => l.msg)).toEqual(['Live events: in-process']);

    const debug = capture('debug');
    debug.logger.log('Mapped {/health, GET} route', 'RouterExplorer');
    expect(debug.lines[0]).toMatchObject({ level: 20, context: 'RouterExplorer' });
  });

  it('keeps warnings from the same contexts at their level', () => {
    const { lines, logger } = capture();
    logger.warn('Duplicate route', 'RouterExplorer');
    expect(lines[0]).toMatchObject({ level: 40, msg: 'Duplicate route' });
  });
});

describe('LOG_FORMAT', () => {
  it('auto: readable in a terminal, JSON otherwise; json and pretty as said', () => {
    expect(resolveLogFormat('auto', true)).toBe('pretty');
    expect(resolveLogFormat('auto', false)).toBe('json');
    expect(resolveLogFormat('json', true)).toBe('json');
    expect(resolveLogFormat('pretty', false)).toBe('pretty');
  });

  it('pretty: a request in one short line, the context in brackets, the request id on errors', () => {
    expect(
      prettyMessage({
        msg: 'request completed',
        level: 30,
        requestId: 'r-1',
        req: { method: 'POST', path: '/graphql' },
        res: { statusCode: 200 },
        responseTime: 12.4,
        graphql: { operationName: 'NeedsPage' },
      }),
    ).toBe('POST /graphql 200 12 ms NeedsPage');
    expect(
      prettyMessage({ msg: 'Live events: in-process', level: 30, context: 'LiveEvents' }),
    ).toBe('[LiveEvents] Live events: in-process');
    expect(prettyMessage({ msg: 'boom', level: 50, context: 'Errors', requestId: 'r-2' })).toBe(
      '[Errors] boom (request r-2)',
    );
  });

  it('pretty: whole lines through pino, without pid, hostname or the raw request', () => {
    const out: string[] = [];
    const log = pino(
      { messageKey: 'msg' },
      prettyDestination({ write: (text: string) => out.push(text) }),
    );
    log.info({ context: 'Main', requestId: 'r-1', extra: 1 }, 'ready');
    // eslint-disable-next-line no-control-regex
    const line = out.join('').replace(/\u001b\[[0-9;]*m/g, '');
    expect(line).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: \[Main\] ready {"extra":1}\n$/);
    expect(line).not.toMatch(/pid|hostname|r-1/);
  });
});
