import { pino } from 'pino';
import { Writable } from 'node:stream';
import { AppLogger } from './logging';

/** An AppLogger writing into an array of parsed JSON lines. */
function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: new AppLogger(pino({ level: 'info', messageKey: 'msg' }, stream)) };
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
