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

/* Words of context a snippet keeps before its match */
#define SNIPPET_WORDS_BEFORE 5

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

/* Where a word of a query matches
 *
 * A word of a query matches at the start of a word of the text: "labor"
 * finds "labour law" and "Labor" but not "collaboration", "cyber" finds
 * "cyberbullying". A word of ATLAS_TEXT_INSIDE_WORD characters or more
 * also matches inside a word, where it can hardly be chance: "grooming"
 * finds "cybergrooming". */

/**
 * atlas_text_matches_inside:
 * @word: a word of a folded query
 * @len: its length in bytes
 *
 * Returns: whether @word also matches inside a word of a text
 */
gboolean
atlas_text_matches_inside (const char *word,
                           gsize       len)
{
  return g_utf8_strlen (word, len) >= ATLAS_TEXT_INSIDE_WORD;
}

/**
 * atlas_text_find_word:
 * @folded: text folded with atlas_text_fold(), or as long as its words
 *   are separated by spaces or newlines
 * @len: the length of @folded in bytes
 * @from: where to start looking, a byte offset in @folded
 * @word: a word of a folded query
 * @word_len: its length in bytes
 *
 * Finds the first match of @word in @folded from @from: at the start of a
 * word, or anywhere for a long word (atlas_text_matches_inside()). The
 * start of @folded is the start of a word.
 *
 * Returns: (nullable): the match in @folded, or %NULL
 */
const char *
atlas_text_find_word (const char *folded,
                      gsize       len,
                      gsize       from,
                      const char *word,
                      gsize       word_len)
{
  gboolean inside = atlas_text_matches_inside (word, word_len);
  const char *end = folded + len;
  const char *at = folded + from;
  const char *hit;

  if (word_len == 0)
    return NULL;

  while (at < end && (hit = memmem (at, end - at, word, word_len)) != NULL)
    {
      if (inside || hit == folded || hit[-1] == ' ' || hit[-1] == '\n')
        return hit;
      at = hit + 1;
    }

  return NULL;
}

/**
 * atlas_text_matches:
 * @folded_haystack: text folded with atlas_text_fold()
 * @folded_query: a query folded with atlas_text_fold()
 *
 * Every word of the query must occur in the haystack, in any order, at the
 * start of a word, or inside one for a long word (atlas_text_find_word()):
 * "livingstone haddon" finds "Haddon, L.; Livingstone, S.", "labor" does
 * not find "collaboration". An empty query matches everything.
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

      /* no copy of the word for each item matched */
      if (atlas_text_find_word (folded_haystack, haystack_len, 0, word, len) == NULL)
        return FALSE;

      word += len;
      while (*word == ' ')
        word++;
    }

  return TRUE;
}

/* A text folded character by character, each character's folded bytes
 * (a space for punctuation and white space) traced back to it: so that a
 * match in the folded text is a range of characters of the text */
typedef struct {
  GString     *folded;
  GArray      *origin;   /* for each byte of folded, the index of its character */
  const char **starts;   /* each character of the text, then its end */
  guint        n_chars;
} Traced;

static gboolean
trace (const char *text,
       Traced     *traced)
{
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;

  traced->folded = g_string_new (NULL);
  traced->origin = g_array_new (FALSE, FALSE, sizeof (guint));
  traced->starts = g_new (const char *, g_utf8_strlen (text, -1) + 1);
  traced->n_chars = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), traced->n_chars++)
    {
      gsize before = traced->folded->len;

      traced->starts[traced->n_chars] = p;
      if (fold_unichar (g_utf8_get_char (p), traced->folded) == FOLD_OTHER)
        g_string_append_c (traced->folded, ' ');
      for (gsize i = before; i < traced->folded->len; i++)
        g_array_append_val (traced->origin, traced->n_chars);
    }
  traced->starts[traced->n_chars] = text + strlen (text);

  return TRUE;
}

static void
traced_clear (Traced *traced)
{
  if (traced->folded != NULL)
    g_string_free (traced->folded, TRUE);
  g_clear_pointer (&traced->origin, g_array_unref);
  g_clear_pointer (&traced->starts, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Traced, traced_clear)

static gboolean
is_mark (const char *p)
{
  GUnicodeType type = g_unichar_type (g_utf8_get_char (p));

  return type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
         type == G_UNICODE_ENCLOSING_MARK;
}

/* Calls @func for each match of each word of @folded_query in @traced,
 * with the range of characters it covers (an accent written as a
 * combining mark goes with its letter); stops when @func returns FALSE */
static void
foreach_match (Traced      *traced,
               const char  *folded_query,
               gboolean   (*func) (guint first, guint end, gpointer data),
               gpointer     data)
{
  for (const char *word = folded_query; *word != '\0'; )
    {
      const char *end = strchr (word, ' ');
      gsize len = end != NULL ? (gsize) (end - word) : strlen (word);
      const char *hit;
      gsize from = 0;

      while ((hit = atlas_text_find_word (traced->folded->str, traced->folded->len, from, word, len)) != NULL)
        {
          gsize first = hit - traced->folded->str;
          guint first_char = g_array_index (traced->origin, guint, first);
          guint end_char = g_array_index (traced->origin, guint, first + len - 1) + 1;

          while (end_char < traced->n_chars && is_mark (traced->starts[end_char]))
            end_char++;
          if (!func (first_char, end_char, data))
            return;
          from = first + len;
        }

      word += len;
      while (*word == ' ')
        word++;
    }
}

static gboolean
mark_cb (guint    first,
         guint    end,
         gpointer data)
{
  gboolean *marked = data;

  for (guint i = first; i < end; i++)
    marked[i] = TRUE;
  return TRUE;
}

/**
 * atlas_text_highlight:
 * @text: (nullable): plain UTF-8 text, from a data file or a user
 * @folded_query: a query folded with atlas_text_fold()
 *
 * Pango markup that shows @text literally, with the places where a word
 * of the query matches (as atlas_text_matches() finds them: without
 * regard to case or accents, at word starts) in bold. Everything of @text
 * is escaped: markup in the text is shown as text.
 *
 * Returns: (transfer full): the markup, "" for %NULL
 */
char *
atlas_text_highlight (const char *text,
                      const char *folded_query)
{
  g_auto(Traced) traced = { NULL, };
  g_autofree gboolean *marked = NULL;
  GString *markup;

  g_return_val_if_fail (folded_query != NULL, NULL);

  if (!trace (text, &traced))
    return g_strdup ("");

  marked = g_new0 (gboolean, traced.n_chars + 1);
  foreach_match (&traced, folded_query, mark_cb, marked);

  markup = g_string_new (NULL);
  for (guint i = 0; i < traced.n_chars; )
    {
      guint j = i;
      g_autofree char *escaped = NULL;

      while (j < traced.n_chars && marked[j] == marked[i])
        j++;

      escaped = g_markup_escape_text (traced.starts[i], traced.starts[j] - traced.starts[i]);
      if (marked[i])
        g_string_append_printf (markup, "<b>%s</b>", escaped);
      else
        g_string_append (markup, escaped);
      i = j;
    }

  return g_string_free (markup, FALSE);
}

static gboolean
first_match_cb (guint    first,
                guint    end,
                gpointer data)
{
  guint *earliest = data;

  *earliest = MIN (*earliest, first);
  return FALSE;  /* the first match of this word is enough */
}

/**
 * atlas_text_snippet:
 * @text: (nullable): plain UTF-8 text
 * @folded_query: a query folded with atlas_text_fold()
 * @max: about the most characters to keep
 *
 * The part of @text around the first place a word of the query matches:
 * a few words before it, then the rest up to about @max characters, cut
 * at spaces, with an ellipsis where the text is cut. Plain text.
 *
 * Returns: (transfer full) (nullable): the snippet, or %NULL when no word
 *   of the query matches in @text
 */
char *
atlas_text_snippet (const char *text,
                    const char *folded_query,
                    guint       max)
{
  g_auto(Traced) traced = { NULL, };
  guint first = G_MAXUINT;
  guint start, end, n_spaces = 0;
  GString *snippet;

  g_return_val_if_fail (folded_query != NULL, NULL);

  if (!trace (text, &traced))
    return NULL;

  foreach_match (&traced, folded_query, first_match_cb, &first);
  if (first == G_MAXUINT)
    return NULL;

  /* A few words of context before the match, at most a third of @max */
  start = first;
  while (start > 0 && first - start < max / 3)
    {
      if (g_unichar_isspace (g_utf8_get_char (traced.starts[start - 1])) && ++n_spaces > SNIPPET_WORDS_BEFORE)
        break;
      start--;
    }
  /* not inside a word */
  while (start > 0 && start < first && !g_unichar_isspace (g_utf8_get_char (traced.starts[start - 1])))
    start++;
  while (start < first && g_unichar_isspace (g_utf8_get_char (traced.starts[start])))
    start++;

  /* Up to @max characters, ended at a space after the match */
  end = MIN (traced.n_chars, start + max);
  if (end < traced.n_chars)
    {
      guint space = end;

      while (space > first && !g_unichar_isspace (g_utf8_get_char (traced.starts[space])))
        space--;
      if (space > first)
        end = space;
      while (end > start && g_unichar_isspace (g_utf8_get_char (traced.starts[end - 1])))
        end--;
    }

  snippet = g_string_new (NULL);
  if (start > 0)
    g_string_append (snippet, "…");
  g_string_append_len (snippet, traced.starts[start], traced.starts[end] - traced.starts[start]);
  /* not after the end of a sentence: "sexuelle.…" */
  if (end < traced.n_chars && !strchr (".!?", *(traced.starts[end] - 1)))
    g_string_append (snippet, "…");

  return g_string_free (snippet, FALSE);
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
