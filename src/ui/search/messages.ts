/** What the search dialog says, in the page's language (shipped with the search script). */
export interface SearchMessages {
  loading: string;
  unavailable: string;
  none: (query: string) => string;
  count: (n: number, query: string) => string;
}

const en: SearchMessages = {
  loading: 'Loading the search index…',
  unavailable: 'Search works on the built site (npm run build, then npm run preview).',
  none: (q) => `No lesson matches “${q}”.`,
  count: (n, q) => `${n} ${n === 1 ? 'lesson matches' : 'lessons match'} “${q}”.`,
};

const zh: SearchMessages = {
  loading: '正在加载搜索索引…',
  unavailable: '搜索功能在构建后的网站中可用（先运行 npm run build，再运行 npm run preview）。',
  none: (q) => `没有与“${q}”匹配的课程。`,
  count: (n, q) => `找到 ${n} 节与“${q}”匹配的课程。`,
};

export function searchMessages(htmlLang: string): SearchMessages {
  return htmlLang.toLowerCase().startsWith('zh') ? zh : en;
}
