/* atlas-slide-parts.c: where a text too long for one slide is split
 *
 * Each part takes as much of the text as fits, and ends at the last
 * paragraph that keeps at least half of that, else at the last sentence
 * that does, else at the last word: a word is never cut. Whether a part
 * fits is the caller's to say (AtlasSlideView measures its labels).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-slide-parts"

#include "config.h"

#include <string.h>

#include "atlas-slide-parts.h"

typedef enum {
  BREAK_WORD,
  BREAK_SENTENCE,
  BREAK_PARAGRAPH,
} BreakKind;

typedef struct {
  gsize     offset;  /* where the next part would start */
  BreakKind kind;
} Break;

/* Whether the text up to @last (its last character before a space)
 * ends a sentence: . ! ? or …, perhaps before quotes or brackets */
static gboolean
ends_sentence (const char *text,
               const char *last)
{
  for (const char *p = last; p != NULL; p = p > text ? g_utf8_prev_char (p) : NULL)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '.' || c == '!' || c == '?' || c == 0x2026 /* … */)
        return TRUE;
      if (c != '"' && c != '\'' && c != ')' && c != ']' &&
          c != 0x00BB && c != 0x201D && c != 0x2019 /* » ” ’ */)
        return FALSE;
    }

  return FALSE;
}

/* Where a part may begin in @text: at each word, marked as the start of
 * a paragraph (after a line break), of a sentence or neither; and the
 * text's end */
static GArray *
find_breaks (const char *text)
{
  GArray *breaks = g_array_new (FALSE, FALSE, sizeof (Break));
  const char *last = NULL;  /* the last character before the spaces */
  gboolean space = FALSE, newline = FALSE;
  Break end = { strlen (text), BREAK_PARAGRAPH };

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = TRUE;
          newline |= c == '\n';
          continue;
        }

      if (space && last != NULL)
        {
          Break b = { p - text, newline ? BREAK_PARAGRAPH
                                : ends_sentence (text, last) ? BREAK_SENTENCE
                                : BREAK_WORD };

          g_array_append_val (breaks, b);
        }

      last = p;
      space = newline = FALSE;
    }

  g_array_append_val (breaks, end);

  return breaks;
}

static gsize
offset_of (GArray *breaks,
           guint   i)
{
  return g_array_index (breaks, Break, i).offset;
}

/* Of the breaks from @first to @best (the last at which the part fits),
 * the last paragraph that keeps at least half of the text that fits,
 * else the last sentence, else @best */
static guint
choose_break (GArray *breaks,
              guint   first,
              guint   best,
              gsize   start)
{
  gsize half = start + (offset_of (breaks, best) - start) / 2;

  for (BreakKind kind = BREAK_PARAGRAPH; kind > BREAK_WORD; kind--)
    for (int i = (int) best; i >= (int) first && offset_of (breaks, i) > half; i--)
      if (g_array_index (breaks, Break, i).kind >= kind)
        return (guint) i;

  return best;
}

/* The last break from @first on (up to @n, excluded) at which the part
 * from @start fits, searched from @guess outwards; G_MAXUINT if none */
static guint
find_best (GArray             *breaks,
           guint               first,
           guint               guess,
           guint               index,
           gsize               start,
           AtlasSlidePartFits  fits,
           gpointer            user_data)
{
  guint lo, hi;  /* fits at lo (or lo is first - 1), not at hi */

#define FITS(i) fits (index, start, offset_of (breaks, (i)), FALSE, user_data)

  guess = CLAMP (guess, first, breaks->len - 1);
  if (FITS (guess))
    {
      guint step = 1;

      lo = guess;
      hi = breaks->len;
      /* gallop up from the guess, which is usually close */
      while (lo + step < breaks->len && FITS (lo + step))
        {
          lo += step;
          step *= 2;
        }
      hi = MIN (lo + step, breaks->len);
    }
  else
    {
      guint step = 1;

      hi = guess;
      while (hi >= first + step && !FITS (hi - step))
        {
          hi -= step;
          step *= 2;
        }
      if (hi < first + step)
        {
          if (first == hi || !FITS (first))
            return G_MAXUINT;
          lo = first;
        }
      else
        lo = hi - step;
    }

  /* then halve: it fits at lo, not at hi */
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (FITS (mid))
        lo = mid;
      else
        hi = mid;
    }

#undef FITS

  return lo;
}

/* The last break at or before @offset (from @first on) */
static guint
break_at (GArray *breaks,
          guint   first,
          gsize   offset)
{
  guint i = first;

  while (i + 1 < breaks->len && offset_of (breaks, i + 1) <= offset)
    i++;

  return i;
}

/**
 * atlas_slide_parts_split:
 * @text: the text to split
 * @max_parts: the most parts to make; the last has all the rest
 * @fits: whether a part fits
 * @guess: (nullable): where a part from a given start would end, about,
 *   never short of the end when all the rest fits: the search for the
 *   end that fits starts there
 * @user_data: data for @fits and @guess
 *
 * Splits @text into parts that fit, each as full as it can be short of
 * ending at a paragraph or sentence. A first part that cannot take even
 * one word has none (it has a title and notes to show); the others have
 * at least one.
 *
 * Returns: (transfer full) (element-type AtlasSlidePart): the parts, in
 *   order, together all of @text
 */
GArray *
atlas_slide_parts_split (const char         *text,
                         guint               max_parts,
                         AtlasSlidePartFits  fits,
                         AtlasSlidePartGuess guess,
                         gpointer            user_data)
{
  GArray *parts = g_array_new (FALSE, FALSE, sizeof (AtlasSlidePart));
  g_autoptr(GArray) breaks = find_breaks (text);
  gsize length = strlen (text);
  gsize start = 0;

  g_return_val_if_fail (max_parts > 0, parts);

  for (guint index = 0; ; index++)
    {
      AtlasSlidePart part = { start, length };
      gsize about = guess != NULL ? guess (index, start, user_data) : length;
      guint first, best;

      /* All the rest, and the footer, unless it is clear that they do
       * not fit (a guess is a little generous) */
      if (index + 1 == max_parts || (about >= length && fits (index, start, length, TRUE, user_data)))
        {
          g_array_append_val (parts, part);
          return parts;
        }

      /* Otherwise as much as fits: the last break that does */
      for (first = 0; first < breaks->len && offset_of (breaks, first) <= start; first++)
        ;
      if (first < breaks->len)
        best = find_best (breaks, first, break_at (breaks, first, about), index, start, fits, user_data);
      else
        best = G_MAXUINT;

      if (best != G_MAXUINT)
        part.end = offset_of (breaks, choose_break (breaks, first, best, start));
      else if (index == 0 || first >= breaks->len)
        part.end = start;
      else
        part.end = offset_of (breaks, first);

      g_array_append_val (parts, part);
      start = part.end;
    }
}
