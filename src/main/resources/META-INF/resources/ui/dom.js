// Elements built without HTML strings: text is always text.
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) {
      continue;
    }
    if (name.startsWith('on')) {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else {
      element.setAttribute(name, value === true ? '' : value);
    }
  }
  element.append(...children.flat().filter((child) => child !== null && child !== undefined && child !== false));
  return element;
}

/** A table: headers (a header ending in '#' is a number column) and rows of cells. */
export function table(caption, headers, rows) {
  const numeric = headers.map((header) => header.endsWith('#'));
  const names = headers.map((header) => header.replace(/#$/, ''));
  return h('table', {},
    h('caption', { class: 'hint' }, caption),
    h('thead', {}, h('tr', {}, names.map((name, k) => h('th', { scope: 'col', class: numeric[k] ? 'number' : null }, name)))),
    h('tbody', {}, rows.map((row) => h('tr', {}, row.map((cell, k) => h('td', { class: numeric[k] ? 'number' : null }, cell))))));
}

export const message = (text, error = false) => h('p', { class: error ? 'message error' : 'message', role: error ? 'alert' : 'status' }, text);

/** Replaces the page's content (nested lists flattened, absent parts skipped). */
export function render(...children) {
  document.getElementById('main').replaceChildren(...children.flat(2).filter((child) => child !== null && child !== undefined));
}
