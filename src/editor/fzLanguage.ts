import type { languages } from 'monaco-editor/editor';

/** Monaco language id of FlowZap Code. */
export const FZ_LANGUAGE_ID = 'fz';

/** Brackets, comment marker and auto-closing pairs of FlowZap Code. */
export const fzLanguageConfiguration: languages.LanguageConfiguration = {
  comments: { lineComment: '//' },
  brackets: [
    ['{', '}'],
    ['[', ']'],
    ['(', ')'],
  ],
  autoClosingPairs: [
    { open: '{', close: '}' },
    { open: '[', close: ']' },
    { open: '(', close: ')' },
    { open: '"', close: '"', notIn: ['string'] },
  ],
  surroundingPairs: [
    { open: '"', close: '"' },
    { open: '[', close: ']' },
  ],
};

/**
 * Monarch tokens for FlowZap Code. Strings are entered before anything else on their line is
 * looked at, so `->`, `#`, `{` or `]` inside a label stay part of the label (the language doc's
 * rule: tokenize strings first). Token names map to colours in `fzThemes.ts`.
 */
export const fzMonarchLanguage: languages.IMonarchLanguage = {
  defaultToken: '',
  tokenPostfix: '.fz',
  shapes: ['circle', 'rectangle', 'diamond', 'taskbox'],
  directions: ['left', 'right', 'top', 'bottom'],
  tokenizer: {
    root: [
      [/^\s*\/\/.*$/, 'comment'],
      // Lane header `Client { # Client Application`: the label runs to the end of the line.
      [
        /([A-Za-z_][\w-]*)(\s*)(\{)/,
        ['type.lane', '', { token: 'delimiter.curly', next: '@laneHeader' }],
      ],
      [/^\s*#.*$/, 'comment.lane-label'],
      [
        /(loop)(\s*)(\[)/,
        ['keyword.loop', '', { token: 'delimiter.square', next: '@loopCondition' }],
      ],
      [/(\[)(\s*)(label)(\s*)(=)/, ['delimiter.square', '', 'attribute.name', '', 'delimiter']],
      [/\b(label|owner|description|system)(\s*)(:)/, ['attribute.name', '', 'delimiter']],
      [
        /(\.)(handle)(\()(\s*)([A-Za-z]+)(\s*)(\))/,
        [
          'delimiter',
          'keyword.handle',
          'delimiter.parenthesis',
          '',
          { cases: { '@directions': 'keyword.direction', '@default': 'invalid' } },
          '',
          'delimiter.parenthesis',
        ],
      ],
      [/\bn\d+\b/, 'variable.node'],
      // A lane prefix of a cross-lane endpoint: `Gateway.n5`.
      [/[A-Za-z_][\w-]*(?=\.n\d)/, 'type.lane'],
      [/[a-z]+/, { cases: { '@shapes': 'keyword.shape', '@default': 'identifier' } }],
      [/[A-Za-z_][\w-]*/, 'identifier'],
      [/->/, 'operator.arrow'],
      [/"/, { token: 'string.quote', next: '@string' }],
      [/[{}]/, 'delimiter.curly'],
      [/[[\]]/, 'delimiter.square'],
      [/[:=.]/, 'delimiter'],
      [/\s+/, ''],
    ],
    laneHeader: [
      [/\s+/, ''],
      [/#.*$/, { token: 'comment.lane-label', next: '@pop' }],
      [/$/, '', '@pop'],
      [/.+$/, { token: 'invalid', next: '@pop' }],
    ],
    loopCondition: [
      [/[^\]]+/, 'string.condition'],
      [/\]/, { token: 'delimiter.square', next: '@pop' }],
    ],
    string: [
      [/[^\\"]+/, 'string'],
      [/\\["\\]/, 'string.escape'],
      [/\\./, 'string.escape.invalid'],
      [/"/, { token: 'string.quote', next: '@pop' }],
      // An unterminated string ends with its line, as in the parser.
      [/$/, '', '@pop'],
    ],
  },
};
