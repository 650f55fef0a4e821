import { describe, expect, it } from 'vitest';
import { findProseGlitches } from '../helpers/proseGlitches';

describe('findProseGlitches', () => {
  it('passes clean prose', () => {
    expect(findProseGlitches('You see 530 when the server wants AUTH first: log in, then retry.')).toEqual(
      [],
    );
  });

  it('flags the classic template glitches', () => {
    expect(findProseGlitches('You encounter 530 when when trying to send')).toEqual([
      'doubled word: "when when"',
    ]);
    expect(findProseGlitches('Related codes : 535 , 534')).toEqual([
      'space before punctuation: "codes :"',
      'space before punctuation: "535 ,"',
    ]);
    expect(findProseGlitches('retry after undefined minutes ()')).toEqual([
      'leaked value: "undefined"',
      'empty parentheses',
    ]);
  });

  it('accepts "undefined" in the registry names but not elsewhere', () => {
    expect(
      findProseGlitches('X.2.0 Other or undefined mailbox status; X.0.0 Other undefined Status'),
    ).toEqual([]);
    expect(findProseGlitches('Carried by undefined')).toEqual(['leaked value: "undefined"']);
  });

  it('does not mistake SMTP transcript punctuation for a glitch', () => {
    expect(findProseGlitches('end the message with a line holding only "."')).toEqual([]);
  });
});

describe('findProseGlitches across blocks', () => {
  it('does not join the last word of one block to the first of the next', () => {
    expect(findProseGlitches('This reply answers:\nETRN\nETRN lets a server ask for its mail.')).toEqual([]);
  });
});
