import { normaliseMarkup, parseHtml } from './markup';

const normalised = (html: string) => normaliseMarkup(parseHtml(html));

describe('normaliseMarkup (the fixture comparison itself)', () => {
  it('ignores attribute order, class order, comments and Angular bookkeeping', () => {
    expect(normalised('<div class="b a ng-valid" _ngcontent-abc="" id="x" ng-reflect-foo="1"><!--c-->Hi</div>')).toBe(
      normalised('<div id="x" class="a b">Hi</div>'),
    );
  });

  it('unwraps custom-element hosts', () => {
    expect(normalised('<govuk-tag><strong class="govuk-tag">Done</strong></govuk-tag>')).toBe(normalised('<strong class="govuk-tag">Done</strong>'));
  });

  it('ignores whitespace CSS collapses at block edges and between elements', () => {
    expect(normalised('<li>\n  <a href="#">\n    1\n  </a>\n</li>')).toBe(normalised('<li><a href="#">1</a></li>'));
    expect(normalised('<p>Address line 1<br>\n  Address line 2</p>')).toBe(normalised('<p>Address line 1 <br> Address line 2</p>'));
  });

  it('keeps whitespace that separates words, wherever it sits', () => {
    expect(normalised('<a>Change<span> name</span></a>')).toBe(normalised('<a>Change <span>name</span></a>'));
    expect(normalised('<a>Change<span> name</span></a>')).not.toBe(normalised('<a>Change<span>name</span></a>'));
    expect(normalised('<p><span>Error:</span> Enter a date</p>')).not.toBe(normalised('<p><span>Error:</span>Enter a date</p>'));
  });

  it('sees differences in text, attributes, elements and state', () => {
    expect(normalised('<p class="a">x</p>')).not.toBe(normalised('<p class="b">x</p>'));
    expect(normalised('<p>x</p>')).not.toBe(normalised('<p>y</p>'));
    expect(normalised('<p>x</p>')).not.toBe(normalised('<div>x</div>'));
    expect(normalised('<input type="checkbox" checked>')).not.toBe(normalised('<input type="checkbox">'));
    expect(normalised('<input value="a">')).not.toBe(normalised('<input>'));
  });

  it('reads live form state, which Angular sets as properties', () => {
    const [box] = parseHtml('<input type="checkbox">') as HTMLInputElement[];
    box.checked = true;
    expect(normaliseMarkup([box])).toBe(normalised('<input type="checkbox" checked>'));
  });

  it('leaves out only the attributes it is told to, where it is told to', () => {
    const ignore = [{ selector: '.govuk-error-summary', attribute: 'tabindex' }];
    expect(normaliseMarkup(parseHtml('<div class="govuk-error-summary" tabindex="-1"></div>'), { ignore })).toBe(
      normaliseMarkup(parseHtml('<div class="govuk-error-summary"></div>'), { ignore }),
    );
    expect(normaliseMarkup(parseHtml('<div class="other" tabindex="-1"></div>'), { ignore })).not.toBe(
      normaliseMarkup(parseHtml('<div class="other"></div>'), { ignore }),
    );
  });
});
