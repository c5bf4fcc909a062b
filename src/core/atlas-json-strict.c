/* atlas-json-strict.c: what JSON allows, checked before json-glib reads it
 *
 * json-glib 1.6 (Debian 12) reads more than JSON: comments, single-quoted
 * strings and a second document after the first pass its parser, and it
 * turns the escape \u0000 into the end of a string ("https://a.be\u0000.evil"
 * reads as "https://a.be") and an unpaired surrogate (\ud800) into bytes
 * that are not UTF-8. Other JSON tools refuse all of these, and so does
 * the app: one pass over the text, before the parser, finds the first of
 * them, and arrays and objects nested too deep.
 *
 * The text is valid UTF-8 when this runs (the loader checks that first).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-json-strict"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "atlas-json-strict.h"

/* The value of the four hex digits at @p, or -1 */
static int
hex4 (const char *p,
      const char *end)
{
  int value = 0;

  if (end - p < 4)
    return -1;

  for (int i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }

  return value;
}

/* Checks the escape at @p (just after its backslash) of a string; returns
 * how many bytes it takes after the backslash, or 0 with @message set */
static gsize
check_escape (const char  *p,
              const char  *end,
              char       **message)
{
  int unit;

  if (p >= end)
    return 1;
  if (*p != 'u')
    return 1;

  unit = hex4 (p + 1, end);
  if (unit < 0)
    return 1;  /* the parser says what is wrong with it */

  if (unit == 0)
    {
      *message = g_strdup (_("a string contains \\u0000, the NUL character, which is not text"));
      return 0;
    }

  if (unit >= 0xdc00 && unit <= 0xdfff)
    {
      *message = g_strdup_printf (_("a string contains \\u%04x, half of a character without its first half"), unit);
      return 0;
    }

  if (unit >= 0xd800 && unit <= 0xdbff)
    {
      int low = end - p >= 11 && p[5] == '\\' && p[6] == 'u' ? hex4 (p + 7, end) : -1;

      if (low < 0xdc00 || low > 0xdfff)
        {
          *message = g_strdup_printf (_("a string contains \\u%04x, half of a character without its second half"), unit);
          return 0;
        }
      return 11;
    }

  return 5;
}

/**
 * atlas_json_check_strict:
 * @data: UTF-8 text
 * @len: its length in bytes
 * @max_depth: how deep arrays and objects may nest
 * @offset: (out): where the first problem is, in bytes from @data
 * @message: (out) (transfer full): what it is, translated
 *
 * Finds what JSON (RFC 8259) does not allow and json-glib would accept
 * or misread: comments, single quotes, text after the document, control
 * characters inside strings, the escape \u0000 and unpaired surrogates;
 * and nesting deeper than @max_depth. What json-glib refuses itself
 * (a missing comma, a bad number) is left to it.
 *
 * Returns: %ATLAS_JSON_STRICT_OK when nothing was found, else what
 */
AtlasJsonStrict
atlas_json_check_strict (const char  *data,
                         gsize        len,
                         guint        max_depth,
                         gsize       *offset,
                         char       **message)
{
  const char *end = data + len;
  gboolean in_string = FALSE;
  gboolean started = FALSE;
  guint depth = 0;

  g_return_val_if_fail (data != NULL || len == 0, ATLAS_JSON_STRICT_NOT_JSON);
  g_return_val_if_fail (offset != NULL, ATLAS_JSON_STRICT_NOT_JSON);
  g_return_val_if_fail (message != NULL, ATLAS_JSON_STRICT_NOT_JSON);

  *message = NULL;

  for (const char *p = data; p < end; p++)
    {
      char c = *p;

      *offset = (gsize) (p - data);

      if (in_string)
        {
          if (c == '\\')
            {
              gsize taken = check_escape (p + 1, end, message);

              if (taken == 0)
                return ATLAS_JSON_STRICT_NOT_JSON;
              p += taken;
            }
          else if (c == '"')
            in_string = FALSE;
          else if ((guchar) c < 0x20)
            {
              *message = g_strdup (_("a string contains a control character (a line break or a tab must be written \\n or \\t)"));
              return ATLAS_JSON_STRICT_NOT_JSON;
            }
          continue;
        }

      switch (c)
        {
        case ' ': case '\t': case '\n': case '\r':
          continue;

        case '/':
          *message = g_strdup (_("comments are not allowed in JSON"));
          return ATLAS_JSON_STRICT_NOT_JSON;

        case '\'':
          *message = g_strdup (_("strings must be in double quotes (\") in JSON, not single quotes"));
          return ATLAS_JSON_STRICT_NOT_JSON;

        default:
          break;
        }

      /* Anything after the end of the document */
      if (started && depth == 0)
        {
          *message = g_strdup (_("there is more text after the end of the profile (a second JSON document?)"));
          return ATLAS_JSON_STRICT_NOT_JSON;
        }

      switch (c)
        {
        case '"':
          in_string = TRUE;
          started = TRUE;
          break;

        case '[': case '{':
          started = TRUE;
          if (++depth > max_depth)
            {
              *message = g_strdup_printf (_("arrays and objects are nested more than %u levels deep"), max_depth);
              return ATLAS_JSON_STRICT_TOO_DEEP;
            }
          break;

        case ']': case '}':
          if (depth > 0)
            depth--;
          break;

        default:
          /* A number or a literal at the top level is a whole document;
           * other words are not JSON at all, as json-glib says */
          if (depth == 0)
            {
              const char *start = p;
              gsize n;

              while (p + 1 < end && (g_ascii_isalnum (p[1]) || p[1] == '.' || p[1] == '-' || p[1] == '+'))
                p++;
              n = (gsize) (p - start) + 1;
              if (!g_ascii_isdigit (*start) && *start != '-' &&
                  !(n == 4 && (strncmp (start, "true", 4) == 0 || strncmp (start, "null", 4) == 0)) &&
                  !(n == 5 && strncmp (start, "false", 5) == 0))
                return ATLAS_JSON_STRICT_OK;
              started = TRUE;
            }
          break;
        }
    }

  return ATLAS_JSON_STRICT_OK;
}
