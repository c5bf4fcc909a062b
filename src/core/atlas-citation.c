/* atlas-citation.c: references to publications: APA text, BibTeX, RIS
 *
 * Authors are read by atlas-author.c, the same way for the three formats:
 * a person as family and given names, a body (or a name whose form is
 * unclear) as written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-citation"

#include "config.h"

#include <string.h>

#include "atlas-author.h"
#include "atlas-citation.h"
#include "atlas-text.h"

/* APA lists up to 20 authors; with more, the first 19, an ellipsis and the
 * last one */
#define APA_MAX_AUTHORS 20

/**
 * atlas_citation_family_name:
 * @author: an author as the profile writes it
 *
 * See atlas_author_family_name().
 *
 * Returns: (transfer full): the family name of a person, or the text as
 *   written for a body
 */
char *
atlas_citation_family_name (const char *author)
{
  return atlas_author_family_name (author, FALSE);
}

/* Rule: empty authors are left out of every format */
static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;

  return TRUE;
}

static GStrv
present_authors (AtlasPublication *publication)
{
  const char * const *authors = atlas_publication_get_authors (publication);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; authors != NULL && authors[i] != NULL; i++)
    if (!is_blank (authors[i]))
      g_strv_builder_add (builder, authors[i]);

  return g_strv_builder_end (builder);
}

/* Rule: values are single lines: ASCII control characters (CR, LF, tab …)
 * and the Unicode line separators U+0085, U+2028 and U+2029 become spaces.
 * Works on bytes, so text that is not UTF-8 cannot derail it. */
static gsize
line_break_length (const char *p)
{
  if ((guchar) p[0] < 0x20 || p[0] == 0x7f)
    return 1;
  if ((guchar) p[0] == 0xc2 && (guchar) p[1] == 0x85)
    return 2;
  if ((guchar) p[0] == 0xe2 && (guchar) p[1] == 0x80 && ((guchar) p[2] == 0xa8 || (guchar) p[2] == 0xa9))
    return 3;
  return 0;
}

static void
append_one_line (GString    *out,
                 const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      gsize len = line_break_length (p);

      if (len == 0)
        g_string_append_c (out, *p);
      else
        {
          g_string_append_c (out, ' ');
          p += len - 1;
        }
    }
}

/* APA: "Livingstone, S."; a body as written */
static void
append_apa_name (GString    *out,
                 const char *author,
                 gboolean    organization)
{
  g_auto(AtlasAuthorName) name = { 0 };

  atlas_author_name_parse (author, organization, &name);
  if (name.family == NULL)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (author));

      append_one_line (out, stripped);
      return;
    }

  g_string_append (out, name.family);
  g_string_append (out, ", ");
  atlas_author_append_initials (out, name.given);
}

static gboolean
ends_sentence (const char *text)
{
  gsize len = strlen (text);

  return len > 0 && strchr (".?!", text[len - 1]) != NULL;
}

/* Rule: a sentence ends with a period, unless it already ends with one, a
 * question mark or an exclamation mark ("…what bothers children online?") */
static void
end_sentence (GString *out)
{
  if (!ends_sentence (out->str))
    g_string_append_c (out, '.');
}

/**
 * atlas_citation_format_apa:
 * @publication: a publication
 *
 * An APA-style reference (7th edition, as far as the profile's data goes),
 * as plain text, on one line. The rules:
 *
 * - authors as "Family, I. I." (see atlas_author_name_parse()); bodies
 *   and names whose form is unclear as written;
 * - two authors joined by ", & "; three to twenty separated by commas with
 *   ", & " before the last; more than twenty: the first nineteen, ", . . . "
 *   and the last;
 * - then "(Year)." and the title as plain text (no italics), ending with a
 *   period unless it ends with one, a question mark or an exclamation mark;
 *   no year: "(n.d.)";
 * - no authors: the title takes their place, "Title. (Year)."
 * - the address, when there is one, after the title sentence, without a
 *   period of its own;
 * - collective credits ("with members of the EU Kids Online network") have
 *   no place in APA and are left out.
 *
 * Returns: (transfer full): the reference
 */
char *
atlas_citation_format_apa (AtlasPublication *publication)
{
  g_auto(GStrv) authors = NULL;
  g_autoptr(GString) out = NULL;
  g_autofree char *date = NULL;
  AtlasItem *item;
  const char *title;
  const char *url;
  guint n;

  g_return_val_if_fail (ATLAS_IS_PUBLICATION (publication), NULL);

  item = ATLAS_ITEM (publication);
  authors = present_authors (publication);
  n = g_strv_length (authors);
  title = atlas_item_get_title (item);
  if (title == NULL)
    title = "";
  url = atlas_item_get_url (item);
  date = atlas_item_get_year (item) > 0
         ? g_strdup_printf ("(%d).", atlas_item_get_year (item))
         : g_strdup ("(n.d.).");
  out = g_string_new (NULL);

  if (n == 0)
    {
      if (title[0] != '\0')
        {
          append_one_line (out, title);
          end_sentence (out);
          g_string_append_c (out, ' ');
        }
      g_string_append (out, date);
    }
  else
    {
      for (guint i = 0; i < n; i++)
        {
          if (n > APA_MAX_AUTHORS && i >= APA_MAX_AUTHORS - 1 && i < n - 1)
            continue;

          if (i == n - 1 && n > APA_MAX_AUTHORS)
            g_string_append (out, ", . . . ");
          else if (i == n - 1 && n > 1)
            g_string_append (out, ", & ");
          else if (i > 0)
            g_string_append (out, ", ");

          append_apa_name (out, authors[i],
                           atlas_publication_is_organization (publication, authors[i]));
        }

      end_sentence (out);
      g_string_append_c (out, ' ');
      g_string_append (out, date);
      if (title[0] != '\0')
        {
          g_string_append_c (out, ' ');
          append_one_line (out, title);
          end_sentence (out);
        }
    }

  if (url != NULL && url[0] != '\0')
    {
      g_string_append_c (out, ' ');
      append_one_line (out, url);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* BibTeX: every field on one line, backslashes and braces escaped so that
 * braces stay balanced, and the special characters of TeX escaped so they
 * print as written. UTF-8 is kept as is: Zotero, biber and BibTeX with
 * inputenc read it. */
static void
append_bibtex_escaped (GString    *out,
                       const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      gsize len = line_break_length (p);

      if (len > 0)
        {
          g_string_append_c (out, ' ');
          p += len - 1;
          continue;
        }

      switch (*p)
        {
        case '\\':
          g_string_append (out, "\\textbackslash{}");
          break;
        case '{':
        case '}':
        case '%':
        case '&':
        case '$':
        case '#':
        case '_':
          g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
          break;
        case '~':
          g_string_append (out, "\\textasciitilde{}");
          break;
        case '^':
          g_string_append (out, "\\textasciicircum{}");
          break;
        default:
          g_string_append_c (out, *p);
        }
    }
}

/* The url field is verbatim for biblatex, for the \url{} of BibTeX styles
 * and for Zotero's importer: "\%" or "\_" there would break the address.
 * So it is not TeX-escaped; the few characters that could unbalance the
 * braces or split the line (braces, backslash, spaces, controls) are
 * percent-encoded instead, which leaves the address the same. */
static void
append_bibtex_url (GString    *out,
                   const char *url)
{
  for (const char *p = url; *p != '\0'; p++)
    {
      if (*p == '{' || *p == '}' || *p == '\\' || *p == ' ' || (guchar) *p < 0x20 || *p == 0x7f)
        g_string_append_printf (out, "%%%02X", (guchar) *p);
      else
        g_string_append_c (out, *p);
    }
}

/* Words skipped for the key: articles and short prepositions in English,
 * French, Dutch, German and Spanish */
static const char * const key_stop_words[] = {
  "a", "an", "the", "of", "on", "in", "and", "to", "for", "by", "at",
  "with", "from", "le", "la", "les", "l", "un", "une", "des", "du", "de",
  "d", "et", "het", "een", "van", "der", "die", "das", "ein", "eine", "el",
  "los", "las", "del", NULL
};

/* The first word of @text that is not a stop word, ASCII letters only */
static char *
first_significant_word (const char *text)
{
  /* ASCII separators only: g_strsplit_set() splits on bytes */
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n\r:;,/()[]{}-\"", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *word = atlas_text_ascii_letters (words[i]);

      if (word[0] != '\0' && !g_strv_contains (key_stop_words, word))
        return g_steal_pointer (&word);
    }

  return g_strdup ("");
}

/* Rule: the key is the first author's family name (a body: its first
 * significant word; no author: "anon"), the year and the first significant
 * word of the title, ASCII letters in lower case: "livingstone2014children".
 * A key already used gets "b", "c" … "z", then digits, in model order. */
static char *
bibtex_key (AtlasPublication   *publication,
            const char * const *authors,
            GHashTable         *used)
{
  g_autofree char *author = NULL;
  g_autofree char *word = NULL;
  g_autofree char *year = NULL;
  g_autofree char *base = NULL;
  const char *title = atlas_item_get_title (ATLAS_ITEM (publication));
  int published = atlas_item_get_year (ATLAS_ITEM (publication));
  char *key;

  if (authors[0] != NULL)
    {
      g_auto(AtlasAuthorName) name = { 0 };

      atlas_author_name_parse (authors[0],
                               atlas_publication_is_organization (publication, authors[0]),
                               &name);
      author = name.family != NULL ? atlas_text_ascii_letters (name.family) : first_significant_word (authors[0]);
    }
  if (author == NULL || author[0] == '\0')
    {
      g_free (author);
      author = g_strdup ("anon");
    }

  word = first_significant_word (title != NULL ? title : "");
  year = published > 0 ? g_strdup_printf ("%d", published) : g_strdup ("");
  base = g_strconcat (author, year, word, NULL);
  key = g_strdup (base);

  for (guint i = 1; g_hash_table_contains (used, key); i++)
    {
      g_free (key);
      if (i < 26)
        key = g_strdup_printf ("%s%c", base, 'a' + i);
      else
        key = g_strdup_printf ("%s%u", base, i - 24);
    }

  g_hash_table_add (used, g_strdup (key));
  return key;
}

/* Rule: a person as "Family, Given"; a body, or a name we could not read,
 * in braces so that BibTeX keeps it whole as a corporate name */
static void
append_bibtex_author (GString    *out,
                      const char *author,
                      gboolean    organization)
{
  g_auto(AtlasAuthorName) name = { 0 };

  atlas_author_name_parse (author, organization, &name);
  if (name.family == NULL)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (author));

      g_string_append_c (out, '{');
      append_bibtex_escaped (out, stripped);
      g_string_append_c (out, '}');
      return;
    }

  append_bibtex_escaped (out, name.family);
  g_string_append (out, ", ");
  append_bibtex_escaped (out, name.given);
}

static void
append_bibtex_field (GString    *out,
                     const char *field,
                     const char *value)
{
  if (value == NULL || value[0] == '\0')
    return;

  g_string_append_printf (out, "  %s = {", field);
  append_bibtex_escaped (out, value);
  g_string_append (out, "},\n");
}

/**
 * atlas_citation_format_bibtex:
 * @publications: a model of #AtlasPublication
 *
 * A BibTeX file of @publications, UTF-8 (said on its first line), one
 * `@misc` entry each, which Zotero and other reference managers import.
 * Fields, each on one line indented by two spaces: title in double braces
 * to keep its capitals, author (persons "Family, Given", bodies in
 * braces, joined by " and "), year, note (the collective credit), abstract
 * (the summary) and url; TeX's special characters escaped everywhere but
 * in the url (see append_bibtex_url()). Keys: see bibtex_key().
 *
 * Returns: (transfer full): the file's text
 */
char *
atlas_citation_format_bibtex (GListModel *publications)
{
  g_autoptr(GHashTable) used = NULL;
  g_autoptr(GString) out = NULL;

  g_return_val_if_fail (G_IS_LIST_MODEL (publications), NULL);

  used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  out = g_string_new ("% Encoding: UTF-8\n");

  for (guint i = 0; i < g_list_model_get_n_items (publications); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (publications, i);
      AtlasPublication *publication;
      g_auto(GStrv) authors = NULL;
      g_autofree char *key = NULL;
      const char *title;
      const char *url;

      if (!ATLAS_IS_PUBLICATION (item))
        continue;

      publication = ATLAS_PUBLICATION (item);
      authors = present_authors (publication);
      key = bibtex_key (publication, (const char * const *) authors, used);
      title = atlas_item_get_title (ATLAS_ITEM (item));
      url = atlas_item_get_url (ATLAS_ITEM (item));

      g_string_append_printf (out, "\n@misc{%s,\n", key);

      g_string_append (out, "  title = {{");
      append_bibtex_escaped (out, title != NULL ? title : "");
      g_string_append (out, "}},\n");

      if (authors[0] != NULL)
        {
          g_string_append (out, "  author = {");
          for (guint j = 0; authors[j] != NULL; j++)
            {
              if (j > 0)
                g_string_append (out, " and ");
              append_bibtex_author (out, authors[j],
                                    atlas_publication_is_organization (publication, authors[j]));
            }
          g_string_append (out, "},\n");
        }

      if (atlas_item_get_year (ATLAS_ITEM (item)) > 0)
        g_string_append_printf (out, "  year = {%d},\n", atlas_item_get_year (ATLAS_ITEM (item)));
      append_bibtex_field (out, "note", atlas_publication_get_contributors (publication));
      append_bibtex_field (out, "abstract", atlas_item_get_description (ATLAS_ITEM (item)));
      if (url != NULL && url[0] != '\0')
        {
          g_string_append (out, "  url = {");
          append_bibtex_url (out, url);
          g_string_append (out, "},\n");
        }
      g_string_append (out, "}\n");
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* A RIS line: a tag of two capitals or digits, two spaces, a hyphen, a
 * space and the value on one line; nothing for an empty value */
static void
append_ris_line (GString    *out,
                 const char *tag,
                 const char *value)
{
  g_assert (strlen (tag) == 2);

  if (value == NULL || value[0] == '\0')
    return;

  g_string_append_printf (out, "%s  - ", tag);
  append_one_line (out, value);
  g_string_append_c (out, '\n');
}

/**
 * atlas_citation_format_ris:
 * @publications: a model of #AtlasPublication
 *
 * A RIS file of @publications: one record each, `TY  - RPRT` (a report),
 * then TI (title), one AU per author (persons "Family, Given", anything
 * else as written), PY (year), AB (summary), N1 (the collective credit),
 * UR (address), and `ER  - ` followed by an empty line. Values are single
 * lines (see append_one_line()); empty values are left out. Lines end with
 * "\n", not the "\r\n" of the old specification: Zotero, Mendeley and
 * EndNote all read it.
 *
 * Returns: (transfer full): the file's text
 */
char *
atlas_citation_format_ris (GListModel *publications)
{
  g_autoptr(GString) out = NULL;

  g_return_val_if_fail (G_IS_LIST_MODEL (publications), NULL);

  out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (publications); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (publications, i);
      AtlasPublication *publication;
      g_auto(GStrv) authors = NULL;
      g_autofree char *year = NULL;

      if (!ATLAS_IS_PUBLICATION (item))
        continue;

      publication = ATLAS_PUBLICATION (item);
      authors = present_authors (publication);
      if (atlas_item_get_year (ATLAS_ITEM (item)) > 0)
        year = g_strdup_printf ("%d", atlas_item_get_year (ATLAS_ITEM (item)));

      append_ris_line (out, "TY", "RPRT");
      append_ris_line (out, "TI", atlas_item_get_title (ATLAS_ITEM (item)));

      for (guint j = 0; authors[j] != NULL; j++)
        {
          g_auto(AtlasAuthorName) name = { 0 };
          g_autofree char *written = NULL;

          atlas_author_name_parse (authors[j],
                                   atlas_publication_is_organization (publication, authors[j]),
                                   &name);
          written = name.family != NULL ? g_strdup_printf ("%s, %s", name.family, name.given)
                                        : g_strstrip (g_strdup (authors[j]));
          append_ris_line (out, "AU", written);
        }

      append_ris_line (out, "PY", year);
      append_ris_line (out, "AB", atlas_item_get_description (ATLAS_ITEM (item)));
      append_ris_line (out, "N1", atlas_publication_get_contributors (publication));
      append_ris_line (out, "UR", atlas_item_get_url (ATLAS_ITEM (item)));
      g_string_append (out, "ER  - \n\n");
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
