/**
 * The words of the site's frame (header, sidebar, notices, course map), in both languages. Lesson
 * text lives in content/; code-block button labels in src/ui/code/labels.ts (shipped to the browser).
 */
import type { Lang } from './lang';

export interface UiStrings {
  siteDescription: string;
  skipToContent: string;
  mainNav: string;
  courseMap: string;
  howItWorks: string;
  search: string;
  searchTitle: string;
  searchLabel: string;
  searchClose: string;
  theme: string;
  languageSwitch: string;
  lessonNav: string;
  chapterNumber: (n: number) => string;
  lessonCount: (n: number) => string;
  comingSoon: string;
  previous: string;
  next: string;
  pagination: string;
  fallbackNotice: string;
  fallbackLink: string;
  progressLabel: string;
  footer: string;
}

const en: UiStrings = {
  siteDescription: 'Learn Kubernetes in your browser, with a live simulated cluster in every lesson.',
  skipToContent: 'Skip to content',
  mainNav: 'Main',
  courseMap: 'Course map',
  howItWorks: 'How it works',
  search: 'Search',
  searchTitle: 'Search the lessons',
  searchLabel: 'Words to look for',
  searchClose: 'Close',
  theme: 'Dark theme',
  languageSwitch: 'Read this page in Chinese',
  lessonNav: 'Lessons',
  chapterNumber: (n) => `Chapter ${n}`,
  lessonCount: (n) => (n === 1 ? '1 lesson' : `${n} lessons`),
  comingSoon: 'Coming soon',
  previous: 'Previous',
  next: 'Next',
  pagination: 'Previous and next lesson',
  fallbackNotice: 'This lesson has not been translated into English yet; the Chinese original is shown below.',
  fallbackLink: 'Open the Chinese page',
  progressLabel: 'Your progress',
  footer:
    'Kubedojo is a static site: the simulated cluster runs in your browser, with no server, no account and no virtual machine.',
};

const zh: UiStrings = {
  siteDescription: '在浏览器中学习 Kubernetes：每节课都配有一个实时运行的模拟集群。',
  skipToContent: '跳到正文',
  mainNav: '主导航',
  courseMap: '课程地图',
  howItWorks: '工作原理',
  search: '搜索',
  searchTitle: '搜索课程',
  searchLabel: '要查找的词',
  searchClose: '关闭',
  theme: '深色主题',
  languageSwitch: 'Read this page in English',
  lessonNav: '课程目录',
  chapterNumber: (n) => `第 ${n} 章`,
  lessonCount: (n) => `${n} 节课`,
  comingSoon: '即将推出',
  previous: '上一课',
  next: '下一课',
  pagination: '上一课与下一课',
  fallbackNotice: '本课的中文翻译尚未完成，下面显示的是英文原文。',
  fallbackLink: '打开英文页面',
  progressLabel: '学习进度',
  footer: 'Kubedojo 是一个静态网站：模拟集群完全在你的浏览器中运行，无需服务器、账号或虚拟机。',
};

export const STRINGS: Record<Lang, UiStrings> = { en, zh };

export function t(lang: Lang): UiStrings {
  return STRINGS[lang];
}
