import mjml2html from 'mjml';

/** A mail as its reader sees it: the same words in both parts (HTML is from MJML). */
export interface MailLayout {
  lang: string;
  heading: string;
  paragraphs: string[];
  /** The button (and, in text, the line) that takes the reader where it matters. */
  action?: { label: string; url: string };
  /** Small print under a rule: why they got it, where to change that. */
  footer: { text: string; links: { label: string; url: string }[] };
}

const escape = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const FONT = "'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', Arial, sans-serif";

/** Renders a layout to a text and an HTML part; every value is escaped. */
export async function renderMail(layout: MailLayout): Promise<{ text: string; html: string }> {
  const paragraphs = layout.paragraphs
    .map((p) => `<mj-text font-size="15px" line-height="1.6">${escape(p)}</mj-text>`)
    .join('');
  const action = layout.action
    ? `<mj-button href="${escape(layout.action.url)}" background-color="#1d5c4f" align="left">${escape(layout.action.label)}</mj-button>`
    : '';
  const links = layout.footer.links
    .map((link) => `<a href="${escape(link.url)}" style="color:#555">${escape(link.label)}</a>`)
    .join(' · ');
  const source = `<mjml lang="${escape(layout.lang)}">
  <mj-head><mj-attributes><mj-all font-family="${FONT}" /></mj-attributes>
    <mj-title>${escape(layout.heading)}</mj-title></mj-head>
  <mj-body background-color="#f4f4f1">
    <mj-section background-color="#ffffff" padding="24px">
      <mj-column>
        <mj-text font-size="13px" color="#1d5c4f" font-weight="bold">Park Commons</mj-text>
        <mj-text font-size="20px" font-weight="bold">${escape(layout.heading)}</mj-text>
        ${paragraphs}${action}
        <mj-divider border-width="1px" border-color="#dddddd" />
        <mj-text font-size="12px" color="#555555">${escape(layout.footer.text)}<br />${links}</mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
  const { html } = await mjml2html(source, { validationLevel: 'strict' });
  const text = [
    layout.heading,
    '',
    ...layout.paragraphs.flatMap((p) => [p, '']),
    ...(layout.action ? [`${layout.action.label}: ${layout.action.url}`, ''] : []),
    '--',
    layout.footer.text,
    ...layout.footer.links.map((link) => `${link.label}: ${link.url}`),
  ].join('\n');
  return { text, html };
}
