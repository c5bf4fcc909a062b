/* atlas-terminal.c: text from files, made safe to print on a terminal
 *
 * `--validate` prints file names and what profiles say (a country's
 * name, a problem quoting a value). Printed raw, an escape sequence in a
 * profile could recolour or retitle the terminal, a carriage return could
 * overwrite the line before it with a forged "valid", and a right-to-left
 * override could reverse it. Every such character is printed as an
 * escape instead: \e, \r, \x7f, \u202e; bytes that are not UTF-8 (a
 * file name can be anything) as \xff.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-terminal"

#include "config.h"

#include "atlas-terminal.h"

/* Characters that change what a terminal shows rather than show: C0 and
 * C1 controls, DEL, and Unicode's controls of direction and invisible
 * formatting */
static gboolean
is_unsafe (gunichar c)
{
  return c < 0x20 || (c >= 0x7f && c < 0xa0) ||
         (c >= 0x200b && c <= 0x200f) || (c >= 0x2028 && c <= 0x202e) ||
         (c >= 0x2060 && c <= 0x206f) || c == 0xfeff;
}

/**
 * atlas_terminal_escape:
 * @text: (nullable): text from a file or a file name, UTF-8 or not
 *
 * Returns: (transfer full): @text with every character that would act on
 *   a terminal written as an escape; "" for %NULL
 */
char *
atlas_terminal_escape (const char *text)
{
  GString *escaped = g_string_new (NULL);
  const char *p = text != NULL ? text : "";

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_printf (escaped, "\\x%02x", (guchar) *p);
          p++;
          continue;
        }

      if (c == 0x1b)
        g_string_append (escaped, "\\e");
      else if (c == '\r')
        g_string_append (escaped, "\\r");
      else if (c == '\n')
        g_string_append (escaped, "\\n");
      else if (c == '\t')
        g_string_append (escaped, "\\t");
      else if (c < 0x80 && is_unsafe (c))
        g_string_append_printf (escaped, "\\x%02x", c);
      else if (is_unsafe (c))
        g_string_append_printf (escaped, "\\u%04x", c);
      else
        g_string_append_len (escaped, p, g_utf8_next_char (p) - p);

      p = g_utf8_next_char (p);
    }

  return g_string_free (escaped, FALSE);
}
