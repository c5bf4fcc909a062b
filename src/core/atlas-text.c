/* atlas-text.c: matching text the way a reader expects
 *
 * A pupil types "olafsson" and expects "Ólafsson"; "ecole" should find
 * "école", "ECOLE" too. Text is folded once (when a filter is built or an
 * item is indexed) and matched many times.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-text"
#define _GNU_SOURCE  /* memmem */

#include "config.h"

#include <string.h>

#include "atlas-text.h"

typedef enum {
  FOLD_ALNUM,  /* a letter or digit: its folded form was appended */
  FOLD_MARK,   /* a combining mark (an accent): nothing */
  FOLD_OTHER,  /* anything else: a word boundary, nothing appended */
} FoldKind;

/* Appends the folded form of one character to @out: its decomposition
 * (NFKD), case-folded, without combining marks. Folding character by
 * character gives the same as folding the whole text: decomposition and
 * case folding map each character on its own, and the marks whose order
 * normalization would change are dropped anyway. */
static FoldKind
fold_unichar (gunichar  c,
              GString  *out)
{
  char utf8[8];
  int len;
  g_autofree char *decomposed = NULL;
  g_autofree char *casefolded = NULL;
  GUnicodeType type;
  FoldKind kind = FOLD_OTHER;

  if (c < 0x80)
    {
      if (!g_ascii_isalnum (c))
        return FOLD_OTHER;

      g_string_append_c (out, g_ascii_tolower (c));
      return FOLD_ALNUM;
    }

  type = g_unichar_type (c);
  if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
      type == G_UNICODE_ENCLOSING_MARK)
    return FOLD_MARK;

  len = g_unichar_to_utf8 (c, utf8);
  decomposed = g_utf8_normalize (utf8, len, G_NORMALIZE_ALL);
  if (decomposed == NULL)
    return FOLD_OTHER;
  casefolded = g_utf8_casefold (decomposed, -1);

  for (const char *p = casefolded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar d = g_utf8_get_char (p);

      if (g_unichar_isalnum (d))
        {
          g_string_append_unichar (out, d);
          kind = FOLD_ALNUM;
        }
    }

  return kind;
}

/**
 * atlas_text_fold:
 * @text: (nullable): UTF-8 text
 *
 * Folds @text for matching: decomposed (NFKD), without combining marks
 * (accents), case-folded, with every run of white space or punctuation made
 * one space. "Ólafsson, K." and "olafsson k" fold to the same text.
 *
 * Returns: (transfer full): the folded text, "" for %NULL or invalid UTF-8
 */
char *
atlas_text_fold (const char *text)
{
  GString *out;
  gboolean space = TRUE;  /* no leading space */
  gsize len;

  if (text == NULL)
    return g_strdup ("");

  len = strlen (text);
  if (!g_utf8_validate_len (text, len, NULL))
    return g_strdup ("");

  out = g_string_sized_new (len);

  for (const char *p = text; *p != '\0'; )
    {
      FoldKind kind;

      /* Most text is ASCII: no tables, no allocation */
      if ((guchar) *p < 0x80)
        {
          kind = g_ascii_isalnum (*p) ? FOLD_ALNUM : FOLD_OTHER;
          if (kind == FOLD_ALNUM)
            g_string_append_c (out, g_ascii_tolower (*p));
          p++;
        }
      else
        {
          kind = fold_unichar (g_utf8_get_char (p), out);
          p = g_utf8_next_char (p);
        }

      if (kind == FOLD_ALNUM)
        space = FALSE;
      else if (kind == FOLD_OTHER && !space)
        {
          g_string_append_c (out, ' ');
          space = TRUE;
        }
    }

  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}

/**
 * atlas_text_matches:
 * @folded_haystack: text folded with atlas_text_fold()
 * @folded_query: a query folded with atlas_text_fold()
 *
 * Every word of the query must occur in the haystack, in any order, at the
 * start of a word or inside it ("livingstone haddon" finds "Haddon, L.;
 * Livingstone, S."). An empty query matches everything.
 *
 * Returns: whether the haystack matches
 */
gboolean
atlas_text_matches (const char *folded_haystack,
                    const char *folded_query)
{
  const char *word = folded_query;

  g_return_val_if_fail (folded_haystack != NULL, FALSE);
  g_return_val_if_fail (folded_query != NULL, FALSE);

  gsize haystack_len = strlen (folded_haystack);

  while (*word != '\0')
    {
      const char *end = strchr (word, ' ');
      gsize len = end != NULL ? (gsize) (end - word) : strlen (word);

      /* memmem: no copy of the word for each item matched */
      if (memmem (folded_haystack, haystack_len, word, len) == NULL)
        return FALSE;

      word += len;
      while (*word == ' ')
        word++;
    }

  return TRUE;
}

/**
 * atlas_text_highlight:
 * @text: (nullable): plain UTF-8 text, from a data file or a user
 * @folded_query: a query folded with atlas_text_fold()
 *
 * Pango markup that shows @text literally, with the places where a word
 * of the query matches (as atlas_text_matches() finds them: without
 * regard to case or accents) in bold. Everything of @text is escaped:
 * markup in the text is shown as text.
 *
 * Returns: (transfer full): the markup, "" for %NULL
 */
char *
atlas_text_highlight (const char *text,
                      const char *folded_query)
{
  g_autoptr(GString) folded = NULL;
  g_autoptr(GArray) origin = NULL;  /* for each byte of folded, its char */
  g_autofree gboolean *marked = NULL;
  g_autofree const char **starts = NULL;
  GString *markup;
  guint n_chars = 0;
  const char *word;

  g_return_val_if_fail (folded_query != NULL, NULL);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return g_strdup ("");

  folded = g_string_new (NULL);
  origin = g_array_new (FALSE, FALSE, sizeof (guint));
  starts = g_new (const char *, g_utf8_strlen (text, -1) + 1);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), n_chars++)
    {
      gsize before = folded->len;

      starts[n_chars] = p;
      if (fold_unichar (g_utf8_get_char (p), folded) == FOLD_OTHER)
        g_string_append_c (folded, ' ');
      for (gsize i = before; i < folded->len; i++)
        g_array_append_val (origin, n_chars);
    }
  starts[n_chars] = text + strlen (text);

  marked = g_new0 (gboolean, n_chars + 1);

  for (word = folded_query; *word != '\0'; )
    {
      const char *end = strchr (word, ' ');
      gsize len = end != NULL ? (gsize) (end - word) : strlen (word);
      const char *at = folded->str;
      const char *hit;

      while (len > 0 &&
             (hit = memmem (at, folded->len - (at - folded->str), word, len)) != NULL)
        {
          gsize first = hit - folded->str;

          for (gsize i = first; i < first + len; i++)
            marked[g_array_index (origin, guint, i)] = TRUE;
          at = hit + len;
        }

      word += len;
      while (*word == ' ')
        word++;
    }

  /* An accent written as a combining mark goes with its letter */
  for (guint i = 1; i < n_chars; i++)
    {
      GUnicodeType type = g_unichar_type (g_utf8_get_char (starts[i]));

      if (marked[i - 1] &&
          (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
           type == G_UNICODE_ENCLOSING_MARK))
        marked[i] = TRUE;
    }

  markup = g_string_new (NULL);
  for (guint i = 0; i < n_chars; )
    {
      guint j = i;
      g_autofree char *escaped = NULL;

      while (j < n_chars && marked[j] == marked[i])
        j++;

      escaped = g_markup_escape_text (starts[i], starts[j] - starts[i]);
      if (marked[i])
        g_string_append_printf (markup, "<b>%s</b>", escaped);
      else
        g_string_append (markup, escaped);
      i = j;
    }

  return g_string_free (markup, FALSE);
}

/**
 * atlas_text_keep_together:
 * @text: (nullable): plain UTF-8 text
 * @phrase: (nullable): words that must not be broken across lines in it,
 *   such as a phone number
 *
 * @text with the spaces inside each occurrence of @phrase made no-break
 * spaces (U+00A0), so that a label wraps around it, not through it: a
 * child reading "116" at the end of a line and "000" on the next may not
 * see one number. Matching folds text the same either way.
 *
 * Returns: (transfer full) (nullable): the text, %NULL for %NULL
 */
char *
atlas_text_keep_together (const char *text,
                          const char *phrase)
{
  g_autofree char *joined = NULL;
  g_auto(GStrv) words = NULL;
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    return NULL;
  if (phrase == NULL || strchr (phrase, ' ') == NULL)
    return g_strdup (text);

  words = g_strsplit (phrase, " ", -1);
  joined = g_strjoinv ("\xc2\xa0", words);  /* U+00A0 */
  parts = g_strsplit (text, phrase, -1);

  return g_strjoinv (joined, parts);
}

/**
 * atlas_text_ascii_letters:
 *
 * ASCII letters only, lower case, for keys and word lists: "Ólafsson" -> "olafsson", "O’Neill" ->
 * "oneill", "U.S." -> "us" */
char *
atlas_text_ascii_letters (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  g_autofree char *ascii = g_str_to_ascii (valid, "C");
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    if (g_ascii_isalpha (*p))
      g_string_append_c (out, g_ascii_tolower (*p));

  return g_string_free (out, FALSE);
}

/**
 * atlas_text_extract:
 * @text: (nullable): a text
 * @max: the most characters to keep
 *
 * A short extract, for a list of results: @text when it is short enough,
 * else its start up to @max characters, ended at a word, with an ellipsis.
 *
 * Returns: (transfer full) (nullable): the extract
 */
char *
atlas_text_extract (const char *text,
                    guint       max)
{
  const char *end;
  char *space;
  g_autofree char *cut = NULL;
  guint n = 0;

  if (text == NULL)
    return NULL;

  for (end = text; *end != '\0' && n < max; end = g_utf8_next_char (end))
    n++;

  if (*end == '\0')
    return g_strdup (text);

  cut = g_strndup (text, end - text);
  space = strrchr (cut, ' ');
  if (space != NULL && space > cut)
    *space = '\0';

  return g_strconcat (cut, "…", NULL);
}
