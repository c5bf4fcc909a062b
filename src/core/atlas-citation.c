/* atlas-citation.c: references to publications: APA text, BibTeX, RIS
 *
 * The source writes authors in several ways: "Livingstone, Sonia",
 * "S. Livingstone", "Helsper, E.J.", "Livingstone S.", "Stacy Jeleniewski,
 * PhD", or a body such as "Evens Foundation". One function, parse_name(),
 * reads them all for the three formats; it turns a name into family and
 * given names only when the form is unambiguous, and anything else is
 * kept as written and treated as the name of a body.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-citation"

#include "config.h"

#include <string.h>

#include "atlas-citation.h"

/* APA lists up to 20 authors; with more, the first 19, an ellipsis and the
 * last one */
#define APA_MAX_AUTHORS 20

typedef struct {
  char *family;  /* NULL: a body, or a form we are unsure of: use the text as written */
  char *given;   /* never "" when family is set: "Sonia", "E. J.", "Sonia M." */
} Name;

static void
name_clear (Name *name)
{
  g_clear_pointer (&name->family, g_free);
  g_clear_pointer (&name->given, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Name, name_clear)

/* Words that mark the name of a body rather than of a person, compared in
 * lower case without accents */
static const char * const body_words[] = {
  "academy", "against", "agency", "alliance", "association", "authority",
  "board", "bureau", "center", "centre", "children", "coalition", "college",
  "commission", "committee", "company", "consortium", "corp", "corporation",
  "council", "department", "edelman", "eu", "european", "federal",
  "federation", "focus", "forum", "foundation", "google", "government",
  "group", "inc", "institute", "international", "internet", "kids", "lab",
  "laboratory", "league", "ltd", "media", "microsoft", "ministry",
  "national", "network", "office", "online", "organisation",
  "organization", "partners", "partnership", "police", "press",
  "programme", "program", "project", "research", "safer", "school",
  "service", "services", "society", "team", "together", "trust", "union",
  "university", NULL
};

/* Lower-case words that may open a family name written "Family, Given":
 * "van Dijk, J.", "de Haan, J." */
static const char * const family_particles[] = {
  "af", "av", "d'", "da", "das", "de", "del", "della", "den", "der", "di",
  "do", "dos", "du", "la", "le", "ten", "ter", "van", "von", "zu", NULL
};

/* What separates the words of a name */
#define SPACES " \t\n\r"

/* The words of @text between runs of spaces, none empty */
static GStrv
split_words (const char *text)
{
  g_auto(GStrv) parts = g_strsplit_set (text, SPACES, -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] != '\0')
      g_strv_builder_add (builder, parts[i]);

  return g_strv_builder_end (builder);
}

/* ASCII letters only, lower case: "Ólafsson" -> "olafsson", "O’Neill" ->
 * "oneill", "U.S." -> "us" */
static char *
ascii_letters (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  g_autofree char *ascii = g_str_to_ascii (valid, "C");
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    if (g_ascii_isalpha (*p))
      g_string_append_c (out, g_ascii_tolower (*p));

  return g_string_free (out, FALSE);
}

/* An acronym such as "CRIOC" or "UNICEF": two or more capitals, nothing
 * else (initials have periods: "E.J.") */
static gboolean
is_acronym (const char *word)
{
  guint n = 0;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isupper (c))
        return FALSE;
      n++;
    }

  return n >= 2;
}

/* Rule: a body is kept as written. A string is a body when it holds a word
 * of body_words[], an acronym, or characters no person's name has (digits,
 * "&", "(", "/", "@" …). The number of words is checked by parse_name(). */
static gboolean
looks_like_body (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, SPACES ",-", -1);

  if (strpbrk (text, "0123456789&()[]/@:;+*=<>|\"!?#%_{}\\~^$") != NULL)
    return TRUE;

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *letters = ascii_letters (words[i]);

      if (g_strv_contains (body_words, letters) || is_acronym (words[i]))
        return TRUE;
    }

  return FALSE;
}

/* One initial or a run of them: "S.", "E.J.", "J.-P.", or a bare capital
 * "E" when @bare_ok (the source's "Staksrud, E") */
static gboolean
is_initials (const char *word,
             gboolean    bare_ok)
{
  const char *p = word;

  if (bare_ok && g_unichar_isupper (g_utf8_get_char (p)) && *g_utf8_next_char (p) == '\0')
    return TRUE;

  while (*p != '\0')
    {
      if (!g_unichar_isupper (g_utf8_get_char (p)))
        return FALSE;
      p = g_utf8_next_char (p);
      if (*p != '.')
        return FALSE;
      p++;
      if (*p == '-')
        p++;
    }

  return p != word && p[-1] == '.';
}

/* A capitalised word of letters, hyphens and apostrophes: "Sonia",
 * "O’Neill", "Jean-Paul", "Simões" */
static gboolean
is_name_word (const char *word)
{
  guint n_letters = 0;

  if (!g_unichar_isupper (g_utf8_get_char (word)))
    return FALSE;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        n_letters++;
      else if (c != '-' && c != '\'' && c != 0x2019 /* ’ */)
        return FALSE;
    }

  return n_letters >= 2 && !is_acronym (word);
}

static guint
count_name_words (const char * const *words)
{
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    if (!is_initials (words[i], TRUE))
      n++;

  return n;
}

/* Given names as written, but each initial with its period and a space
 * between initials: "E.J." -> "E. J.", "E" -> "E.", "Sonia" -> "Sonia".
 * NULL when a word is neither a name nor initials. */
static char *
normalize_given (const char * const *words)
{
  g_autoptr(GString) out = g_string_new (NULL);

  if (words[0] == NULL)
    return NULL;

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *w = words[i];

      if (!is_name_word (w) && !is_initials (w, TRUE))
        return NULL;

      if (out->len > 0)
        g_string_append_c (out, ' ');

      if (!is_initials (w, FALSE) && !is_name_word (w))
        {
          /* a bare capital */
          g_string_append (out, w);
          g_string_append_c (out, '.');
        }
      else if (is_initials (w, FALSE))
        {
          /* "E.J." -> "E. J."; "J.-P." stays together */
          for (const char *p = w; *p != '\0'; p++)
            {
              g_string_append_c (out, *p);
              if (*p == '.' && p[1] != '\0' && p[1] != '-')
                g_string_append_c (out, ' ');
            }
        }
      else
        g_string_append (out, w);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Parses @author (see the comment at the top of the file). Rules:
 *
 * - a ", PhD" (or ", Ph.D.") suffix is dropped: a degree is no part of a
 *   reference;
 * - bodies (looks_like_body()), single words ("Microsoft") and strings of
 *   four or more words, initials not counted, stay as written;
 * - "Family, Given Names": one comma, a family name of one to three words
 *   (a capitalised last word, particles such as "van" or "de" before it),
 *   given names or initials after the comma;
 * - "Given Family", "G. Family", "M.F. Wright": names or initials, then a
 *   single family word;
 * - "Livingstone S.", "Ponte C.": one family word, then initials with
 *   their periods;
 * - anything else stays as written.
 */
static void
parse_name (const char *author,
            Name       *name)
{
  g_autofree char *text = g_strstrip (g_strdup (author));
  g_auto(GStrv) words = NULL;
  const char *comma;
  guint n;

  name->family = NULL;
  name->given = NULL;

  if (g_str_has_suffix (text, ", PhD"))
    text[strlen (text) - strlen (", PhD")] = '\0';
  else if (g_str_has_suffix (text, ", Ph.D."))
    text[strlen (text) - strlen (", Ph.D.")] = '\0';
  g_strstrip (text);

  if (!g_utf8_validate (text, -1, NULL) || looks_like_body (text))
    return;

  comma = strchr (text, ',');
  if (comma != NULL)
    {
      g_autofree char *family_part = g_strndup (text, comma - text);
      g_auto(GStrv) family = split_words (family_part);
      g_auto(GStrv) given = split_words (comma + 1);
      guint n_family = g_strv_length (family);

      if (strchr (comma + 1, ',') != NULL || n_family == 0 || n_family > 3)
        return;
      if (count_name_words ((const char * const *) family) + count_name_words ((const char * const *) given) >= 4)
        return;
      if (!is_name_word (family[n_family - 1]))
        return;
      for (guint i = 0; i + 1 < n_family; i++)
        {
          g_autofree char *lower = g_utf8_strdown (family[i], -1);

          if (!is_name_word (family[i]) && !g_strv_contains (family_particles, lower))
            return;
        }

      name->given = normalize_given ((const char * const *) given);
      if (name->given != NULL)
        name->family = g_strjoinv (" ", family);
      return;
    }

  words = split_words (text);
  n = g_strv_length (words);
  if (n < 2 || count_name_words ((const char * const *) words) >= 4)
    return;

  if (is_name_word (words[n - 1]))
    {
      /* "S. Livingstone", "Sonia Livingstone" */
      g_autofree char *last = g_steal_pointer (&words[n - 1]);

      name->given = normalize_given ((const char * const *) words);
      if (name->given != NULL)
        name->family = g_steal_pointer (&last);
      return;
    }

  if (is_name_word (words[0]))
    {
      /* "Livingstone S.": initials with their periods after the family word */
      for (guint i = 1; i < n; i++)
        if (!is_initials (words[i], FALSE))
          return;

      name->given = normalize_given ((const char * const *) words + 1);
      if (name->given != NULL)
        name->family = g_strdup (words[0]);
    }
}

/**
 * atlas_citation_family_name:
 * @author: an author as the profile writes it
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

/* "Sonia" -> "S.", "E. J." -> "E. J.", "Jean-Paul" -> "J.-P." */
static void
append_initials (GString    *out,
                 const char *given)
{
  g_auto(GStrv) words = split_words (given);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_auto(GStrv) parts = NULL;

      if (i > 0)
        g_string_append_c (out, ' ');
      if (is_initials (words[i], FALSE))
        {
          g_string_append (out, words[i]);
          continue;
        }

      parts = g_strsplit (words[i], "-", -1);
      for (guint j = 0; parts[j] != NULL; j++)
        {
          if (parts[j][0] == '\0')
            continue;
          if (j > 0)
            g_string_append_c (out, '-');
          g_string_append_unichar (out, g_unichar_toupper (g_utf8_get_char (parts[j])));
          g_string_append_c (out, '.');
        }
    }
}

/* APA: "Livingstone, S."; a body as written */
static void
append_apa_name (GString    *out,
                 const char *author)
{
  g_auto(Name) name = { 0 };

  parse_name (author, &name);
  if (name.family == NULL)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (author));

      append_one_line (out, stripped);
      return;
    }

  g_string_append (out, name.family);
  g_string_append (out, ", ");
  append_initials (out, name.given);
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
 * - authors as "Family, I. I." (see parse_name()); bodies and names whose
 *   form is unclear as written;
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
  const char *title;
  const char *url;
  guint n;

  g_return_val_if_fail (ATLAS_IS_PUBLICATION (publication), NULL);

  authors = present_authors (publication);
  n = g_strv_length (authors);
  title = atlas_publication_get_title (publication);
  if (title == NULL)
    title = "";
  url = atlas_publication_get_url (publication);
  date = atlas_publication_get_year (publication) > 0
         ? g_strdup_printf ("(%d).", atlas_publication_get_year (publication))
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

          append_apa_name (out, authors[i]);
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
      g_autofree char *word = ascii_letters (words[i]);

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
  char *key;

  if (authors[0] != NULL)
    {
      g_auto(Name) name = { 0 };

      parse_name (authors[0], &name);
      author = name.family != NULL ? ascii_letters (name.family) : first_significant_word (authors[0]);
    }
  if (author == NULL || author[0] == '\0')
    {
      g_free (author);
      author = g_strdup ("anon");
    }

  word = first_significant_word (atlas_publication_get_title (publication) != NULL
                                 ? atlas_publication_get_title (publication) : "");
  year = atlas_publication_get_year (publication) > 0
         ? g_strdup_printf ("%d", atlas_publication_get_year (publication))
         : g_strdup ("");
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
                      const char *author)
{
  g_auto(Name) name = { 0 };

  parse_name (author, &name);
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
      title = atlas_publication_get_title (publication);
      url = atlas_publication_get_url (publication);

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
              append_bibtex_author (out, authors[j]);
            }
          g_string_append (out, "},\n");
        }

      if (atlas_publication_get_year (publication) > 0)
        g_string_append_printf (out, "  year = {%d},\n", atlas_publication_get_year (publication));
      append_bibtex_field (out, "note", atlas_publication_get_contributors (publication));
      append_bibtex_field (out, "abstract", atlas_publication_get_summary (publication));
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
      if (atlas_publication_get_year (publication) > 0)
        year = g_strdup_printf ("%d", atlas_publication_get_year (publication));

      append_ris_line (out, "TY", "RPRT");
      append_ris_line (out, "TI", atlas_publication_get_title (publication));

      for (guint j = 0; authors[j] != NULL; j++)
        {
          g_auto(Name) name = { 0 };
          g_autofree char *written = NULL;

          parse_name (authors[j], &name);
          written = name.family != NULL ? g_strdup_printf ("%s, %s", name.family, name.given)
                                        : g_strstrip (g_strdup (authors[j]));
          append_ris_line (out, "AU", written);
        }

      append_ris_line (out, "PY", year);
      append_ris_line (out, "AB", atlas_publication_get_summary (publication));
      append_ris_line (out, "N1", atlas_publication_get_contributors (publication));
      append_ris_line (out, "UR", atlas_publication_get_url (publication));
      g_string_append (out, "ER  - \n\n");
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
