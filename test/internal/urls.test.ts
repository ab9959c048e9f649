import { expect } from '@open-wc/testing';
import { safeHref } from '../../src/internal/urls.js';

describe('safeHref', () => {
  it('keeps web, mail, phone and relative links', () => {
    for (const url of [
      'https://a.example/x',
      'http://a.example',
      'mailto:a@b.it',
      'tel:+39057335711',
      '/privacy',
      'privacy.html',
      '#top',
    ]) {
      expect(safeHref(url)).to.equal(url);
    }
  });

  it('drops script, data and other schemes, whatever their case or padding', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:x',
      'java\nscript:alert(1)',
    ]) {
      expect(safeHref(url)).to.equal('');
    }
  });

  it('gives an empty string for nothing', () => {
    expect(safeHref(undefined)).to.equal('');
    expect(safeHref('')).to.equal('');
  });
});
