import { describe, expect, it } from 'vitest';
import { isProsePre, readsAsProse } from '../../scoring/measures/prose';
import { measured } from '../helpers';

// An invented plain-text specification, set in <pre> as IETF drafts are published (the extractor joins its lines).
const draft = [
  'Internet-Draft   fieldnotes   March 2025',
  '3. Storage model. A client stores each note under a path that the user chooses, and the server keeps one version per note.',
  'The server MUST answer a request for a missing note with a 404 status, and it SHOULD include the current folder version.',
  'Clients that write a note send the version they last read. When the versions differ, the server refuses the write.',
  'This keeps two devices from silently overwriting each other, which was the most common complaint in the first drafts.',
  'Folders are created implicitly. A folder that holds no notes is removed, and its version is dropped with it.',
].join(' ');

const dockerfile = 'FROM python:3.11-slim RUN pip install poetry WORKDIR /srv/app COPY pyproject.toml poetry.lock ./ RUN poetry export -f requirements.txt -o /tmp/req.txt && pip install -r /tmp/req.txt COPY . /srv/app CMD ["gunicorn", "app:server", "--bind", "0.0.0.0:8000"] EXPOSE 8000 ENV PYTHONUNBUFFERED=1 USER app HEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1';

const wire = 'PUT /storage/alice/notes/today HTTP/1.1 Host: example.net:4439 Content-Length: 91 Origin: https://notes.example.com Authorization: Bearer abc123= Content-Type: application/json; charset=UTF-8 If-None-Match: * {"name":"today","@context":"http://example.net/spec/notes"} And the server may respond: HTTP/1.1 201 Created ETag: "1382694045000" Access-Control-Allow-Origin: https://notes.example.com Cache-Control: no-cache Vary: Origin';

describe('prose set in <pre> (measures/prose.ts)', () => {
  it('a plain-text document is prose; code, commands and wire examples are not', () => {
    expect(isProsePre(draft)).toBe(true);
    expect(isProsePre(dockerfile)).toBe(false);
    expect(isProsePre(wire)).toBe(false);
    // Too short to tell: a one-line comment in a listing.
    expect(isProsePre('This function returns the user. It never throws. Call it twice.')).toBe(false);
  });

  it('tables are never read as prose, and ordinary blocks always are', () => {
    expect(readsAsProse({ kind: 'table', text: draft })).toBe(false);
    expect(readsAsProse({ kind: 'p', text: 'x = 1;' })).toBe(true);
    expect(readsAsProse({ kind: 'pre', text: draft })).toBe(true);
    expect(readsAsProse({ kind: 'pre', text: dockerfile })).toBe(false);
  });

  it("a section's sentences come from a prose <pre> and not from a code <pre>; both count toward its words", () => {
    const prose = measured({ heading: 'Storage', blocks: [{ kind: 'pre', text: draft }] }).section;
    expect(prose.sentences.length).toBeGreaterThanOrEqual(8);
    expect(prose.sentences.some((s) => /404 status/.test(s.text))).toBe(true);
    expect(prose.codeBlocks).toBe(0);

    const code = measured({ heading: 'Build', blocks: [{ kind: 'pre', text: dockerfile }] }).section;
    expect(code.sentences).toEqual([]);
    expect(code.codeBlocks).toBe(1);
    expect(code.words).toBeGreaterThan(20);
  });
});
