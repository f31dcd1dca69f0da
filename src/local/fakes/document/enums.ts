// DocumentApp enums (string-valued here; compare with ===, String() gives the name as in Apps Script).
const names = <T extends string>(...keys: T[]) => Object.freeze(Object.fromEntries(keys.map((k) => [k, k]))) as { readonly [K in T]: K };

export const TEXT_ATTRIBUTES = ['BOLD', 'ITALIC', 'UNDERLINE', 'STRIKETHROUGH', 'FONT_FAMILY', 'FONT_SIZE',
  'FOREGROUND_COLOR', 'BACKGROUND_COLOR', 'LINK_URL'] as const;
export const PARAGRAPH_ATTRIBUTES = ['HORIZONTAL_ALIGNMENT', 'HEADING', 'INDENT_START', 'INDENT_END', 'INDENT_FIRST_LINE',
  'LINE_SPACING', 'SPACING_BEFORE', 'SPACING_AFTER', 'LEFT_TO_RIGHT', 'GLYPH_TYPE', 'NESTING_LEVEL'] as const;
export const Attribute = names(...TEXT_ATTRIBUTES, ...PARAGRAPH_ATTRIBUTES,
  'BORDER_COLOR', 'BORDER_WIDTH', 'CODE', 'HEIGHT', 'WIDTH', 'MARGIN_TOP', 'MARGIN_BOTTOM', 'MARGIN_LEFT', 'MARGIN_RIGHT',
  'PAGE_WIDTH', 'PAGE_HEIGHT', 'MINIMUM_HEIGHT', 'PADDING_TOP', 'PADDING_BOTTOM', 'PADDING_LEFT', 'PADDING_RIGHT',
  'VERTICAL_ALIGNMENT');
export type AttributeName = keyof typeof Attribute;

export const HorizontalAlignment = names('LEFT', 'CENTER', 'RIGHT', 'JUSTIFY');
export const VerticalAlignment = names('BOTTOM', 'CENTER', 'TOP');
export const ParagraphHeading = names('NORMAL', 'HEADING1', 'HEADING2', 'HEADING3', 'HEADING4', 'HEADING5', 'HEADING6', 'TITLE', 'SUBTITLE');
export const TextAlignment = names('NORMAL', 'SUPERSCRIPT', 'SUBSCRIPT');
export const GlyphType = names('BULLET', 'HOLLOW_BULLET', 'SQUARE_BULLET', 'NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER');
export const ElementType = names('BODY_SECTION', 'PARAGRAPH', 'LIST_ITEM', 'TABLE', 'TABLE_ROW', 'TABLE_CELL', 'TEXT',
  'HORIZONTAL_RULE', 'PAGE_BREAK', 'INLINE_IMAGE', 'UNSUPPORTED');
export const FontFamily = names('ARIAL', 'TIMES_NEW_ROMAN', 'COURIER_NEW', 'GEORGIA', 'VERDANA');
