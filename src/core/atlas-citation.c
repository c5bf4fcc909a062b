/* atlas-citation.c: references to publications: APA text, BibTeX, RIS
 *
 * The source writes authors in several ways: "Livingstone, Sonia",
 * "S. Livingstone", "Helsper, E.J.", "Stacy Jeleniewski, PhD", or a body
 * such as "Evens Foundation". A name is turned into "Family, Given" only
 * when its form is unambiguous; anything else is kept as written and
 * treated as the name of a body.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-citation"

#include "config.h"

#include <string.h>

#include "atlas-citation.h"

typedef struct {
  char *family;  /* NULL: not a person's name; use the text as written */
  char *given;   /* may be "" */
} Name;

static void
name_clear (Name *name)
{
  g_clear_pointer (&name->family, g_free);
  g_clear_pointer (&name->given, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Name, name_clear)

/* Words that mark the name of a body rather than of a person */
static const char * const body_words[] = {
  "foundation", "centre", "center", "network", "children", "microsoft",
  "edelman", "council", "institute", "organisation", "organization",
  "committee", "commission", "union", "ministry", "group", "against",
  "together", "international", "university", NULL
};

static gboolean
looks_like_body (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " ,", -1);
  guint n_words = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *lower = g_utf8_strdown (words[i], -1);

      if (words[i][0] == '\0')
        continue;
      n_words++;
      if (g_strv_contains (body_words, lower))
        return TRUE;
    }

  return n_words == 1 || n_words > 3;
}

/* "Sonia" -> "S.", "E.J." -> "E. J.", "Stephane" -> "S.", "M.F." -> "M. F." */
static void
append_initials (GString    *out,
                 const char *given)
{
  g_auto(GStrv) parts = g_strsplit_set (given, " .", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i][0] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');

      /* Hyphenated given names keep both initials: "Jean-Paul" -> "J.-P." */
      {
        g_auto(GStrv) hyphenated = g_strsplit (parts[i], "-", -1);

        for (guint j = 0; hyphenated[j] != NULL; j++)
          {
            if (hyphenated[j][0] == '\0')
              continue;
            if (j > 0)
              g_string_append_c (out, '-');
            g_string_append_unichar (out, g_unichar_toupper (g_utf8_get_char (hyphenated[j])));
            g_string_append_c (out, '.');
          }
      }
    }
}

/* "S.", "E.J.", "M.F.": capitals each followed by a period */
static gboolean
is_initials (const char *word)
{
  gboolean expect_letter = TRUE;

  if (*word == '\0')
    return FALSE;

  for (const char *p = word; *p != '\0'; p++)
    {
      if (expect_letter && g_ascii_isupper (*p))
        expect_letter = FALSE;
      else if (!expect_letter && *p == '.')
        expect_letter = TRUE;
      else
        return FALSE;
    }

  return expect_letter;
}

static void
parse_name (const char *author,
            Name       *name)
{
  g_autofree char *text = g_strstrip (g_strdup (author));
  const char *comma;

  name->family = NULL;
  name->given = NULL;

  /* "Stacy Jeleniewski, PhD": a degree is not part of a reference */
  if (g_str_has_suffix (text, ", PhD"))
    text[strlen (text) - strlen (", PhD")] = '\0';

  if (looks_like_body (text) && strchr (text, '.') == NULL)
    return;

  comma = strchr (text, ',');
  if (comma != NULL)
    {
      /* "Family, Given" with a single-word family name */
      g_autofree char *family = g_strstrip (g_strndup (text, comma - text));
      g_autofree char *given = g_strstrip (g_strdup (comma + 1));

      if (strchr (family, ' ') != NULL || strchr (given, ',') != NULL || given[0] == '\0')
        return;

      name->family = g_steal_pointer (&family);
      name->given = g_steal_pointer (&given);
      return;
    }

  /* "S. Livingstone", "Sonia Livingstone", "M.F. Wright": the last word is
   * the family name; "Livingstone S.": initials last, family name first */
  {
    const char *space = strrchr (text, ' ');

    if (space == NULL)
      return;

    if (is_initials (space + 1))
      {
        name->family = g_strstrip (g_strndup (text, space - text));
        name->given = g_strdup (space + 1);
      }
    else
      {
        name->family = g_strdup (space + 1);
        name->given = g_strstrip (g_strndup (text, space - text));
      }
  }
}

/**
 * atlas_citation_family_name:
 *
 * Returns: (transfer full): the family name of a person, or the text as
 *   written for a body
 */
char *
atlas_citation_family_name (const char *author)
{
  g_auto(Name) name = { 0 };

  g_return_val_if_fail (author != NULL, NULL);

  parse_name (author, &name);
  return g_strdup (name.family != NULL ? name.family : author);
}

/* APA: "Livingstone, S." */
static void
append_apa_name (GString    *out,
                 const char *author)
{
  g_auto(Name) name = { 0 };

  parse_name (author, &name);
  if (name.family == NULL)
    {
      g_string_append (out, author);
      return;
    }

  g_string_append (out, name.family);
  g_string_append (out, ", ");
  {
    g_autoptr(GString) initials = g_string_new (NULL);

    append_initials (initials, name.given);
    g_string_append (out, initials->str);
  }
}

static gboolean
ends_sentence (const char *text)
{
  gsize len = strlen (text);

  return len > 0 && strchr (".?!", text[len - 1]) != NULL;
}

/**
 * atlas_citation_format_apa:
 *
 * An APA-style reference (7th edition, as far as the profile's data goes),
 * as plain text:
 *
 * - authors as "Family, I. I.", two joined by ", &", three to twenty
 *   separated by commas with ", &" before the last; bodies as written;
 * - then "(Year)." and the title, ending with a period unless it ends with
 *   one, a question mark or an exclamation mark;
 * - no authors: the title takes their place, "Title. (Year)."
 * - the address, when there is one, at the end.
 *
 * Collective credits ("with members of the EU Kids Online network") have
 * no place in APA and are left out.
 *
 * Returns: (transfer full): the reference
 */
char *
atlas_citation_format_apa (AtlasPublication *publication)
{
  const char * const *authors;
  const char *title;
  GString *out;
  guint n;

  g_return_val_if_fail (ATLAS_IS_PUBLICATION (publication), NULL);

  authors = atlas_publication_get_authors (publication);
  title = atlas_publication_get_title (publication);
  n = authors != NULL ? g_strv_length ((char **) authors) : 0;
  out = g_string_new (NULL);

  if (n == 0)
    {
      g_string_append (out, title);
      if (!ends_sentence (title))
        g_string_append_c (out, '.');
      g_string_append_printf (out, " (%d).", atlas_publication_get_year (publication));
    }
  else
    {
      for (guint i = 0; i < n; i++)
        {
          if (i > 0)
            g_string_append (out, i == n - 1 ? (n == 2 ? ", & " : ", & ") : ", ");
          append_apa_name (out, authors[i]);
        }

      if (!ends_sentence (out->str))
        g_string_append_c (out, '.');
      g_string_append_printf (out, " (%d). %s", atlas_publication_get_year (publication), title);
      if (!ends_sentence (title))
        g_string_append_c (out, '.');
    }

  if (atlas_publication_get_url (publication) != NULL)
    {
      g_string_append_c (out, ' ');
      g_string_append (out, atlas_publication_get_url (publication));
    }

  return g_string_free (out, FALSE);
}

/* BibTeX: braces, backslashes and the special characters of TeX escaped so
 * that every field stays balanced and prints as written */
static void
append_bibtex_escaped (GString    *out,
                       const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
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
        case '\n':
        case '\r':
        case '\t':
          g_string_append_c (out, ' ');
          break;
        default:
          g_string_append_c (out, *p);
        }
    }
}

/* Letters only, ASCII, lower case: "Ólafsson" -> "olafsson" */
static char *
key_word (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    if (g_ascii_isalpha (*p))
      g_string_append_c (out, g_ascii_tolower (*p));

  return g_string_free (out, FALSE);
}

static const char * const title_stop_words[] = {
  "a", "an", "the", "of", "on", "in", "and", "to", "for", "by", NULL
};

static char *
first_title_word (const char *title)
{
  g_auto(GStrv) words = g_strsplit_set (title, " :-/,.()", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *word = key_word (words[i]);

      if (word[0] != '\0' && !g_strv_contains (title_stop_words, word))
        return g_steal_pointer (&word);
    }

  return g_strdup ("untitled");
}

static char *
bibtex_key (AtlasPublication *publication,
            GHashTable       *used)
{
  const char * const *authors = atlas_publication_get_authors (publication);
  g_autofree char *author = NULL;
  g_autofree char *word = first_title_word (atlas_publication_get_title (publication));
  g_autofree char *base = NULL;
  char *key;

  if (authors != NULL && authors[0] != NULL)
    {
      g_autofree char *family = atlas_citation_family_name (authors[0]);
      g_auto(GStrv) words = g_strsplit (family, " ", 2);

      author = key_word (words[0]);
    }
  if (author == NULL || author[0] == '\0')
    {
      g_free (author);
      author = g_strdup ("anon");
    }

  base = g_strdup_printf ("%s%d%s", author, atlas_publication_get_year (publication), word);
  key = g_strdup (base);

  /* livingstone2014children, livingstone2014childrenb, …c */
  for (char suffix = 'b'; g_hash_table_contains (used, key) && suffix <= 'z'; suffix++)
    {
      g_free (key);
      key = g_strdup_printf ("%s%c", base, suffix);
    }

  g_hash_table_add (used, g_strdup (key));
  return key;
}

static void
append_bibtex_author (GString    *out,
                      const char *author)
{
  g_auto(Name) name = { 0 };

  parse_name (author, &name);
  if (name.family == NULL)
    {
      /* A body: braces keep BibTeX from splitting it into names */
      g_string_append_c (out, '{');
      append_bibtex_escaped (out, author);
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
  if (value == NULL)
    return;

  g_string_append_printf (out, "  %s = {", field);
  append_bibtex_escaped (out, value);
  g_string_append (out, "},\n");
}

/**
 * atlas_citation_format_bibtex:
 * @publications: a model of #AtlasPublication
 *
 * A BibTeX file of @publications, UTF-8, one `@misc` entry each (reference
 * managers such as Zotero import these). Titles are in double braces to
 * keep their capitals; bodies among the authors in braces; special
 * characters escaped.
 *
 * Returns: (transfer full): the file's text
 */
char *
atlas_citation_format_bibtex (GListModel *publications)
{
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GString *out = g_string_new ("% Encoding: UTF-8\n");

  g_return_val_if_fail (G_IS_LIST_MODEL (publications), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (publications); i++)
    {
      g_autoptr(AtlasPublication) publication = g_list_model_get_item (publications, i);
      const char * const *authors = atlas_publication_get_authors (publication);
      g_autofree char *key = bibtex_key (publication, used);

      g_string_append_printf (out, "\n@misc{%s,\n", key);

      g_string_append (out, "  title = {{");
      append_bibtex_escaped (out, atlas_publication_get_title (publication));
      g_string_append (out, "}},\n");

      if (authors != NULL && authors[0] != NULL)
        {
          g_string_append (out, "  author = {");
          for (guint j = 0; authors[j] != NULL; j++)
            {
              if (j > 0)
                g_string_append (out, " and ");
              append_bibtex_author (out, authors[j]);
            }
          g_string_append (out, "},\n");
        }

      g_string_append_printf (out, "  year = {%d},\n", atlas_publication_get_year (publication));
      append_bibtex_field (out, "note", atlas_publication_get_contributors (publication));
      append_bibtex_field (out, "abstract", atlas_publication_get_summary (publication));
      append_bibtex_field (out, "url", atlas_publication_get_url (publication));
      g_string_append (out, "}\n");
    }

  return g_string_free (out, FALSE);
}

/* A RIS value is one line */
static void
append_ris_line (GString    *out,
                 const char *tag,
                 const char *value)
{
  if (value == NULL)
    return;

  g_string_append_printf (out, "%s  - ", tag);
  for (const char *p = value; *p != '\0'; p++)
    g_string_append_c (out, (*p == '\n' || *p == '\r' || *p == '\t') ? ' ' : *p);
  g_string_append_c (out, '\n');
}

/**
 * atlas_citation_format_ris:
 * @publications: a model of #AtlasPublication
 *
 * A RIS file of @publications: one `TY  - RPRT` record each, ended by
 * `ER  - `. Lines end with "\n", which Zotero and other readers accept.
 *
 * Returns: (transfer full): the file's text
 */
char *
atlas_citation_format_ris (GListModel *publications)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (G_IS_LIST_MODEL (publications), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (publications); i++)
    {
      g_autoptr(AtlasPublication) publication = g_list_model_get_item (publications, i);
      const char * const *authors = atlas_publication_get_authors (publication);
      g_autofree char *year = g_strdup_printf ("%d", atlas_publication_get_year (publication));

      append_ris_line (out, "TY", "RPRT");
      append_ris_line (out, "TI", atlas_publication_get_title (publication));

      for (guint j = 0; authors != NULL && authors[j] != NULL; j++)
        {
          g_auto(Name) name = { 0 };
          g_autofree char *written = NULL;

          parse_name (authors[j], &name);
          written = name.family != NULL ? g_strdup_printf ("%s, %s", name.family, name.given)
                                        : g_strdup (authors[j]);
          append_ris_line (out, "AU", written);
        }

      append_ris_line (out, "PY", year);
      append_ris_line (out, "AB", atlas_publication_get_summary (publication));
      append_ris_line (out, "N1", atlas_publication_get_contributors (publication));
      append_ris_line (out, "UR", atlas_publication_get_url (publication));
      g_string_append (out, "ER  - \n\n");
    }

  return g_string_free (out, FALSE);
}
