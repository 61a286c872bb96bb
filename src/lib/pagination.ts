/** Static pages of the per-département lists: what each page shows. */
import type { Ambassador } from './directory.ts';

export const LIST_PAGE_SIZE = 60;

export interface DepartmentPage {
  department: string;
  page: number;
  pageCount: number;
  ambassadors: Ambassador[];
}

export function departmentPages(ambassadors: readonly Ambassador[], departments: readonly string[]): DepartmentPage[] {
  const pages: DepartmentPage[] = [];
  for (const department of departments) {
    const members = ambassadors.filter((a) => a.department === department);
    const pageCount = Math.max(1, Math.ceil(members.length / LIST_PAGE_SIZE));
    for (let page = 1; page <= pageCount; page++) {
      pages.push({ department, page, pageCount, ambassadors: members.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE) });
    }
  }
  return pages;
}

export interface ListPage<T> {
  page: number;
  pageCount: number;
  items: T[];
}

/** Any other static list cut into pages of `size` (always one page, even empty, so the list page exists). */
export function pagesOf<T>(items: readonly T[], size: number): ListPage<T>[] {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pageCount }, (_, i) => ({ page: i + 1, pageCount, items: items.slice(i * size, (i + 1) * size) }));
}
