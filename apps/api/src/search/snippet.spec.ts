import { HIGHLIGHT_START as S, HIGHLIGHT_STOP as E, toSegments } from './snippet';

describe('toSegments', () => {
  it('splits a marked headline into plain and highlighted text', () => {
    expect(toSegments(`Parents said ${S}speech${E} and ${S}language${E} waits are long`)).toEqual([
      { text: 'Parents said ', highlight: false },
      { text: 'speech', highlight: true },
      { text: ' and ', highlight: false },
      { text: 'language', highlight: true },
      { text: ' waits are long', highlight: false },
    ]);
  });

  it('joins highlighted words separated only by a space, and collapses whitespace', () => {
    expect(toSegments(`  home to\n${S}school${E}   ${S}transport${E}\twas withdrawn `)).toEqual([
      { text: 'home to ', highlight: false },
      { text: 'school transport', highlight: true },
      { text: ' was withdrawn', highlight: false },
    ]);
  });

  it('handles a headline that starts or ends with a match, or has none', () => {
    expect(toSegments(`${S}Respite${E} review`)).toEqual([{ text: 'Respite', highlight: true }, { text: ' review', highlight: false }]);
    expect(toSegments(`Publish the ${S}review${E}`)).toEqual([{ text: 'Publish the ', highlight: false }, { text: 'review', highlight: true }]);
    expect(toSegments('No match here')).toEqual([{ text: 'No match here', highlight: false }]);
    expect(toSegments('')).toEqual([]);
  });

  it('never lets markup through as anything but text', () => {
    expect(toSegments(`<b>${S}x${E}</b>`)).toEqual([
      { text: '<b>', highlight: false },
      { text: 'x', highlight: true },
      { text: '</b>', highlight: false },
    ]);
  });
});
