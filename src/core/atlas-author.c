/* atlas-author.c: reading the name of an author as the profile writes it
 *
 * The source writes authors in several ways: "Livingstone, Sonia",
 * "S. Livingstone", "Helsper, E.J.", "Livingstone S.", "Stacy Jeleniewski,
 * PhD", or a body such as "Evens Foundation". One function,
 * atlas_author_name_parse(), reads them all, for the references
 * (atlas-citation.c) and for sorting by author (atlas-publication.c); it
 * turns a name into family and given names only when the form is
 * unambiguous, and anything else is kept as written and treated as the
 * name of a body.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-author"

#include "config.h"

#include <string.h>

#include "atlas-author.h"
#include "atlas-text.h"

/**
 * atlas_author_name_clear:
 *
 * Frees the strings of @name (not @name itself).
 */
void
atlas_author_name_clear (AtlasAuthorName *name)
{
  g_clear_pointer (&name->family, g_free);
  g_clear_pointer (&name->given, g_free);
}

/* Words that mark the name of a body rather than of a person, compared in
 * lower case without accents. Generic words only: a body whose name has
 * none of them (a firm named after its founders) is marked in the profile, as an author
 * {"organization": …} (docs/profile-format.md). */
static const char * const body_words[] = {
  "academy", "against", "agency", "alliance", "association", "authority",
  "board", "bureau", "center", "centre", "children", "coalition", "college",
  "commission", "committee", "company", "consortium", "corp", "corporation",
  "council", "department", "eu", "european", "federal",
  "federation", "focus", "forum", "foundation", "government",
  "group", "inc", "institute", "international", "internet", "kids", "lab",
  "laboratory", "league", "ltd", "media", "ministry",
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

/* An acronym such as "NATO" or "WHO": two or more capitals, nothing
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
      g_autofree char *letters = atlas_text_ascii_letters (words[i]);

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

/**
 * atlas_author_name_parse:
 * @author: an author as the profile writes it
 * @organization: whether the profile says @author is a body
 * @name: (out caller-allocates): the name, cleared with
 *   atlas_author_name_clear()
 *
 * Reads @author (see the comment at the top of the file). Rules:
 *
 * - a body the profile marks (@organization) stays as written;
 * - a ", PhD" (or ", Ph.D.") suffix is dropped: a degree is no part of a
 *   reference;
 * - bodies (looks_like_body()), single words ("Acme") and strings of
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
void
atlas_author_name_parse (const char      *author,
                         gboolean         organization,
                         AtlasAuthorName *name)
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

  if (organization || !g_utf8_validate (text, -1, NULL) || looks_like_body (text))
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
 * atlas_author_family_name:
 * @author: an author as the profile writes it
 * @organization: whether the profile says @author is a body
 *
 * Returns: (transfer full): the family name of a person, or the text as
 *   written for a body
 */
char *
atlas_author_family_name (const char *author,
                          gboolean    organization)
{
  g_auto(AtlasAuthorName) name = { 0 };

  g_return_val_if_fail (author != NULL, NULL);

  atlas_author_name_parse (author, organization, &name);
  return g_strdup (name.family != NULL ? name.family : author);
}

/**
 * atlas_author_append_initials:
 * @given: given names, as in #AtlasAuthorName
 *
 * Appends the initials of @given to @out: "Sonia" -> "S.", "E. J." ->
 * "E. J.", "Jean-Paul" -> "J.-P."
 */
void
atlas_author_append_initials (GString    *out,
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
