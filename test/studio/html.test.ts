import { describe, expect, it } from 'vitest';
import { html, trusted } from '../../src/studio/html.ts';

describe('html', () => {
  it('escapes every value when customer text looks like markup', () => {
    const text = `<script>alert("x")</script> & 'quotes' <img src=x onerror=alert(1)>`;
    expect(html`<p title="${text}">${text}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39; &lt;img src=x onerror=alert(1)&gt;">' +
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39; &lt;img src=x onerror=alert(1)&gt;</p>',
    );
  });

  it('keeps nested templates and trusted markup, joins arrays and drops empty values', () => {
    const items = ['a<b', 'c'].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>${undefined}${null}${false}${trusted('<br>')}${0}`.value).toBe('<ul><li>a&lt;b</li><li>c</li></ul><br>0');
  });
});
