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

/* Letters and digits are kept; any run of anything else is one space */
static inline void
append_folded (GString  *out,
               gunichar  c,
               gboolean  alnum,
               gboolean *space)
{
  if (alnum)
    {
      g_string_append_unichar (out, c);
      *space = FALSE;
    }
  else if (!*space)
    {
      g_string_append_c (out, ' ');
      *space = TRUE;
    }
}

static char *
finish_folded (GString *out)
{
  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}

/**
 * atlas_text_fold:
 * @text: (nullable): UTF-8 text
 *
 * Folds @text for matching: decomposed (NFKD), without combining marks
 * (accents), case-folded, with every run of white space or punctuation made
 * one space. "Ólafsson, K." and "olafsson k" fold to the same text.
 *
 * Returns: (transfer full): the folded text, "" for %NULL
 */
char *
atlas_text_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *casefolded = NULL;
  GString *out;
  gboolean space = TRUE;  /* no leading space */

  if (text == NULL)
    return g_strdup ("");

  /* Most text is ASCII: fold it without normalizing */
  {
    const char *p;

    for (p = text; *p != '\0' && (guchar) *p < 0x80; p++)
      ;

    if (*p == '\0')
      {
        out = g_string_sized_new (p - text);
        for (p = text; *p != '\0'; p++)
          append_folded (out, (gunichar) g_ascii_tolower (*p), g_ascii_isalnum (*p), &space);

        return finish_folded (out);
      }
  }

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  if (decomposed == NULL)  /* not valid UTF-8 */
    return g_strdup ("");

  casefolded = g_utf8_casefold (decomposed, -1);
  out = g_string_sized_new (strlen (casefolded));

  for (const char *p = casefolded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (g_unichar_type (c))
        {
        case G_UNICODE_NON_SPACING_MARK:
        case G_UNICODE_SPACING_MARK:
        case G_UNICODE_ENCLOSING_MARK:
          break;

        default:
          append_folded (out, c, g_unichar_isalnum (c), &space);
        }
    }

  return finish_folded (out);
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
