import { describe, expect, it } from 'vitest';
import { earlyWorkerScript, sandboxesInHtml, withEarlyWorkers } from './early-workers';

const WORKER = '/kubedojo/_astro/sandbox.worker-AbC_1.js';

/** The <section> Sandbox.astro renders, as Astro writes its attributes. */
const section = (id: string, boot: string, lab = '') =>
  `<section class="kd-sandbox" aria-label="Sandbox" data-kubedojo-sandbox data-sandbox-id="${id}" data-seed="1" data-fixture data-lab="${lab}" data-boot-url="${boot}" data-state="starting">`;

describe('sandboxesInHtml', () => {
  it('finds the sandboxes in page order, with the ids the page gives them', () => {
    const html = `<main>${section('a/b', '/sandbox-boot/1.json')}</section><section class="other">x</section>${section('a/b', '/sandbox-boot/7.json')}</section></main>`;
    expect(sandboxesInHtml(html)).toEqual([
      { id: 'a/b', bootUrl: '/sandbox-boot/1.json' },
      { id: 'a/b#2', bootUrl: '/sandbox-boot/7.json' },
    ]);
  });

  it('decodes attribute values and is not fooled by a ">" inside one (a lab\'s JSON)', () => {
    const lab = '{&#34;setup&#34;:&#34;echo 1 > /tmp/x &#38;&#38; true&#34;}';
    const html = `${section('q&#34;uote&amp;d', '/sandbox-boot/lab/l&#x31;.json', lab)}</section>`;
    expect(sandboxesInHtml(html)).toEqual([{ id: 'q"uote&d', bootUrl: '/sandbox-boot/lab/l1.json' }]);
  });

  it('gives up on a page whose sandbox lacks its id or boot URL, and finds none in a page without', () => {
    expect(sandboxesInHtml('<section data-kubedojo-sandbox data-boot-url="/b.json"></section>')).toBeUndefined();
    expect(sandboxesInHtml('<section data-kubedojo-sandbox data-sandbox-id="a"></section>')).toBeUndefined();
    expect(sandboxesInHtml('<section class="x"></section><p data-kubedojo-sandbox></p>')).toEqual([]);
  });
});

describe('earlyWorkerScript', () => {
  it('creates one named worker per sandbox, only when isolated', () => {
    expect(earlyWorkerScript(WORKER, [{ id: 'k/first', bootUrl: '/kubedojo/sandbox-boot/1.json' }])).toBe(
      '<script>if(self.crossOriginIsolated)self.kubedojoEarlyWorkers=["kubedojo-sandbox {\\"id\\":\\"k/first\\",\\"bootUrl\\":\\"/kubedojo/sandbox-boot/1.json\\"}"].map(function(n){' +
        'var e={name:n,worker:new Worker("/kubedojo/_astro/sandbox.worker-AbC_1.js",{type:"module",name:n}),at:performance.now()};' +
        'e.worker.addEventListener("error",function(){e.failed=true});return e})</script>',
    );
  });

  it('cannot be ended early by what an id holds', () => {
    const script = earlyWorkerScript(WORKER, [{ id: '</script><script>alert(1)//', bootUrl: '/b.json' }]);
    expect(script.indexOf('</script>')).toBe(script.length - '</script>'.length);
    expect(script).toContain('\\u003c/script>\\u003cscript>alert(1)//');
  });
});

describe('withEarlyWorkers', () => {
  const page = (body: string, head = '<head><meta charset="utf-8"><meta name="viewport" content="x"><link rel="stylesheet" href="/a.css">') =>
    `<!DOCTYPE html><html lang="en"> ${head}<title>t</title></head><body><header>h</header>${body}</body></html>`;

  it('puts the script right after <meta charset>, before any stylesheet', () => {
    const body = `${section('a', '/sandbox-boot/1.json')}</section>`;
    const script = earlyWorkerScript(WORKER, [{ id: 'a', bootUrl: '/sandbox-boot/1.json' }]);
    expect(withEarlyWorkers(page(body), WORKER)).toBe(
      `<!DOCTYPE html><html lang="en"> <head><meta charset="utf-8">${script}<meta name="viewport" content="x"><link rel="stylesheet" href="/a.css"><title>t</title></head><body><header>h</header>${body}</body></html>`,
    );
  });

  it('puts it first in a <head> without <meta charset>', () => {
    const body = `${section('a', '/b.json')}</section>`;
    const script = earlyWorkerScript(WORKER, [{ id: 'a', bootUrl: '/b.json' }]);
    expect(withEarlyWorkers(page(body, '<head lang="en"><link rel="stylesheet" href="/a.css">'), WORKER)).toBe(
      `<!DOCTYPE html><html lang="en"> <head lang="en">${script}<link rel="stylesheet" href="/a.css"><title>t</title></head><body><header>h</header>${body}</body></html>`,
    );
  });

  it('leaves a page without sandboxes, or without a usable one, as it is', () => {
    const plain = page('<main>text</main>');
    expect(withEarlyWorkers(plain, WORKER)).toBe(plain);
    const broken = page('<section data-kubedojo-sandbox data-sandbox-id="a"></section>');
    expect(withEarlyWorkers(broken, WORKER)).toBe(broken);
  });
});
