/* test-citation.c: APA references, BibTeX and RIS
 *
 * The BibTeX and RIS of the shipped profile are compared byte for byte
 * with tests/data/golden/be.bib and be.ris. After a deliberate change, run
 * the test once with ATLAS_UPDATE_GOLDEN=1 to write them again, then read
 * the difference.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "atlas-author.h"
#include "atlas-citation.h"
#include "atlas-profile.h"

static AtlasPublication *
publication_new_full (const char         *title,
                      int                 year,
                      const char * const *authors,
                      const char         *contributors,
                      const char         *summary,
                      const char         *url)
{
  return g_object_new (ATLAS_TYPE_PUBLICATION,
                       "id", "p",
                       "title", title,
                       "year", year,
                       "authors", authors,
                       "contributors", contributors,
                       "description", summary,
                       "url", url,
                       NULL);
}

static AtlasPublication *
publication_new (const char         *title,
                 int                 year,
                 const char * const *authors,
                 const char         *summary)
{
  return publication_new_full (title, year, authors, NULL, summary, NULL);
}

/* A model of the publications given, taking them over; NULL-terminated */
static GListModel *
model_of (AtlasPublication *first,
          ...)
{
  GListStore *store = g_list_store_new (ATLAS_TYPE_PUBLICATION);
  va_list args;

  va_start (args, first);
  for (AtlasPublication *p = first; p != NULL; p = va_arg (args, AtlasPublication *))
    {
      g_list_store_append (store, p);
      g_object_unref (p);
    }
  va_end (args);

  return G_LIST_MODEL (store);
}

/* G_TEST_SRCDIR is tests/ (see tests/meson.build), not tests/citation/ */
static void
assert_golden (const char *text,
               const char *golden_name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "golden", golden_name, NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) got_lines = NULL;
  g_auto(GStrv) expected_lines = NULL;

  if (g_getenv ("ATLAS_UPDATE_GOLDEN") != NULL)
    {
      g_file_set_contents (path, text, -1, &error);
      g_assert_no_error (error);
      g_test_message ("wrote %s", path);
    }

  g_file_get_contents (path, &expected, NULL, &error);
  g_assert_no_error (error);
  if (strcmp (text, expected) == 0)
    return;

  /* Say where they differ rather than print two whole files */
  got_lines = g_strsplit (text, "\n", -1);
  expected_lines = g_strsplit (expected, "\n", -1);
  for (guint i = 0; got_lines[i] != NULL || expected_lines[i] != NULL; i++)
    {
      if (got_lines[i] == NULL || expected_lines[i] == NULL || strcmp (got_lines[i], expected_lines[i]) != 0)
        {
          g_test_message ("%s differs at line %u", golden_name, i + 1);
          g_assert_cmpstr (got_lines[i], ==, expected_lines[i]);
        }
    }
  g_assert_not_reached ();
}

static GListModel *
shipped_research (AtlasProfile **profile)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "profiles", "be.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  *profile = atlas_profile_new_from_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (*profile);
  return atlas_profile_get_research (*profile);
}

/* The entries of a BibTeX file, each from its "@" to the next one */
static GStrv
bibtex_entries (const char *bibtex)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_assert_true (g_str_has_prefix (bibtex, "% Encoding: UTF-8\n"));
  parts = g_strsplit (bibtex, "\n@", -1);
  for (guint i = 1; parts[i] != NULL; i++)
    g_strv_builder_add (builder, parts[i]);

  return g_strv_builder_end (builder);
}

/* Every entry's braces balance, escaped braces aside, closing only at its
 * end; every field line is indented by two spaces and ends with "},";
 * TeX's special characters are escaped everywhere but in the url */
static guint
assert_bibtex_well_formed (const char *bibtex)
{
  g_auto(GStrv) entries = bibtex_entries (bibtex);
  guint n_entries = g_strv_length (entries);

  g_assert_cmpuint (n_entries, >, 0);

  for (guint i = 0; entries[i] != NULL; i++)
    {
      const char *entry = entries[i];
      g_auto(GStrv) lines = g_strsplit (entry, "\n", -1);
      int depth = 0;

      g_assert_true (g_str_has_prefix (entry, "misc{"));

      for (const char *p = entry; *p != '\0'; p++)
        {
          if (*p == '\\' && (p[1] == '{' || p[1] == '}'))
            {
              p++;
              continue;
            }
          if (*p == '{')
            depth++;
          else if (*p == '}')
            {
              depth--;
              g_assert_cmpint (depth, >=, 0);
              /* the entry closes on its last line and nowhere else */
              if (depth == 0)
                g_assert_cmpstr (p, ==, "}\n");
            }
        }
      g_assert_cmpint (depth, ==, 0);

      for (guint j = 1; lines[j] != NULL; j++)
        {
          const char *line = lines[j];

          if (line[0] == '\0' || strcmp (line, "}") == 0)
            continue;

          g_assert_true (g_str_has_prefix (line, "  "));
          g_assert_true (g_ascii_islower (line[2]));
          g_assert_nonnull (strstr (line, " = {"));
          g_assert_true (g_str_has_suffix (line, "},"));

          if (g_str_has_prefix (line, "  url = {"))
            continue;

          for (const char *p = line; *p != '\0'; p++)
            {
              if (strchr ("%&$#_", *p) != NULL)
                g_assert_true (p > line && p[-1] == '\\');
              g_assert_true (*p != '~' && *p != '^');
              if (*p == '\\')
                {
                  g_assert_true (strchr ("{}%&$#_", p[1]) != NULL ||
                                 g_str_has_prefix (p, "\\textbackslash{}") ||
                                 g_str_has_prefix (p, "\\textasciitilde{}") ||
                                 g_str_has_prefix (p, "\\textasciicircum{}"));
                  if (strchr ("{}%&$#_", p[1]) != NULL)
                    p++;
                }
            }
        }
    }

  return n_entries;
}

/* Every line is a tag of two capitals or digits, two spaces, a hyphen, a
 * space and a value on that line; records run from TY to ER, then an
 * empty line */
static guint
assert_ris_well_formed (const char *ris)
{
  g_auto(GStrv) lines = g_strsplit (ris, "\n", -1);
  gboolean in_record = FALSE;
  guint records = 0;
  guint i;

  g_assert_true (g_str_has_suffix (ris, "ER  - \n\n"));
  g_assert_null (strchr (ris, '\r'));
  g_assert_null (strchr (ris, '\t'));

  for (i = 0; lines[i + 1] != NULL; i++)
    {
      const char *line = lines[i];

      if (!in_record)
        {
          g_assert_cmpstr (line, ==, "TY  - RPRT");
          in_record = TRUE;
          continue;
        }

      g_assert_true (g_ascii_isupper (line[0]));
      g_assert_true (g_ascii_isupper (line[1]) || g_ascii_isdigit (line[1]));
      g_assert_true (g_str_has_prefix (line + 2, "  - "));

      if (strcmp (line, "ER  - ") == 0)
        {
          g_assert_cmpstr (lines[i + 1], ==, "");
          i++;
          in_record = FALSE;
          records++;
        }
      else
        {
          g_assert_cmpuint (strlen (line), >, 6);
          g_assert_false (g_str_has_prefix (line, "TY"));
        }
    }
  g_assert_false (in_record);

  return records;
}

static void
test_shipped_bibtex (void)
{
  g_autoptr(AtlasProfile) profile = NULL;
  GListModel *research = shipped_research (&profile);
  g_autofree char *bibtex = atlas_citation_format_bibtex (research);

  g_assert_cmpuint (g_list_model_get_n_items (research), ==, 31);
  assert_golden (bibtex, "be.bib");
  g_assert_cmpuint (assert_bibtex_well_formed (bibtex), ==, 31);
}

static void
test_shipped_ris (void)
{
  g_autoptr(AtlasProfile) profile = NULL;
  GListModel *research = shipped_research (&profile);
  g_autofree char *ris = atlas_citation_format_ris (research);

  assert_golden (ris, "be.ris");
  g_assert_cmpuint (assert_ris_well_formed (ris), ==, 31);
}

/* Spot checks of the shipped profile's APA, where the authors are tricky */
static void
test_shipped_apa (void)
{
  g_autoptr(AtlasProfile) profile = NULL;
  GListModel *research = shipped_research (&profile);
  struct { const char *title_start; const char *expected; } cases[] = {
    { "In their own words",
      "Livingstone, S., Kirwil, L., Ponte, C., & Staksrud, E. (2013). "
      "In their own words: what bothers children online?" },
    { "Country Classification",
      "Helsper, E. J., Kalmus, V., Hasebrink, U., Sagvari, B., & De Haan, J. (2013). "
      "Country Classification: Opportunities, Risks, Harm and Parental Mediation." },
    { "Global Research Project",
      "Stroebe, M., & Jeleniewski, S. (2015). Global Research Project: A Global Landscape of "
      "Hotlines Combating Child Sexual Abuse Material on the Internet and an Assessment of "
      "Shared Challenges." },
    { "Online Profile",
      "Microsoft, & Edelman Berland. (2012). Online Profile and Reputations Study." },
    { "Towards a safer use",
      "Towards a safer use of the Internet for children in the EU - a parents' perspective. (2008)." },
    { "Final recommendations",
      "O’Neill, B., & Staksrud, E. (2014). Final recommendations for policy." },
  };
  guint found = 0;

  for (guint i = 0; i < g_list_model_get_n_items (research); i++)
    {
      g_autoptr(AtlasPublication) p = g_list_model_get_item (research, i);
      g_autofree char *apa = atlas_citation_format_apa (p);

      /* one line, no double period */
      g_assert_null (strchr (apa, '\n'));
      g_assert_null (strstr (apa, ".."));
      g_assert_null (strstr (apa, "?."));

      for (guint j = 0; j < G_N_ELEMENTS (cases); j++)
        if (g_str_has_prefix (atlas_item_get_title (ATLAS_ITEM (p)), cases[j].title_start))
          {
            g_assert_cmpstr (apa, ==, cases[j].expected);
            found++;
          }
    }

  g_assert_cmpuint (found, ==, G_N_ELEMENTS (cases));
}

/* The one name parser, seen through all three formats */
static void
test_names (void)
{
  struct {
    const char *author;
    const char *apa;     /* in APA */
    const char *person;  /* "Family, Given" in BibTeX and RIS, NULL: a body */
    gboolean organization;  /* marked as a body in the profile */
  } cases[] = {
    { "Livingstone, Sonia", "Livingstone, S.", "Livingstone, Sonia" },
    { "S. Livingstone", "Livingstone, S.", "Livingstone, S." },
    { "Sonia Livingstone", "Livingstone, S.", "Livingstone, Sonia" },
    { "Helsper, E.J.", "Helsper, E. J.", "Helsper, E. J." },
    { "M.F. Wright", "Wright, M. F.", "Wright, M. F." },
    { "Livingstone S.", "Livingstone, S.", "Livingstone, S." },
    { "Staksrud, E", "Staksrud, E.", "Staksrud, E." },
    { "Stacy Jeleniewski, PhD", "Jeleniewski, S.", "Jeleniewski, Stacy" },
    { "De Haan, J.", "De Haan, J.", "De Haan, J." },
    { "van Dijk, Jan", "van Dijk, J.", "van Dijk, Jan" },
    { "Ólafsson, K.", "Ólafsson, K.", "Ólafsson, K." },
    { "O’Neill, B.", "O’Neill, B.", "O’Neill, B." },
    { "Jean-Paul Sartre", "Sartre, J.-P.", "Sartre, Jean-Paul" },
    { "  Kristina Irion  ", "Irion, K.", "Irion, Kristina" },
    { "Microsoft", "Microsoft", NULL },
    { "Evens Foundation", "Evens Foundation", NULL },
    { "Edelman Berland", "Edelman Berland", NULL, TRUE },
    { "Edelman Berland", "Berland, E.", "Berland, Edelman" },
    { "Together Against Sexual Exploitation of Children", "Together Against Sexual Exploitation of Children", NULL },
    { "International Centre for Missing & Exploited Children", "International Centre for Missing & Exploited Children", NULL },
    { "CRIOC", "CRIOC", NULL },
    { "Anna Maria Lisa Schmidt", "Anna Maria Lisa Schmidt", NULL },
    { "Smith, John, Jr.", "Smith, John, Jr.", NULL },
    { "sonia livingstone", "sonia livingstone", NULL },
    { "Survey Team 2", "Survey Team 2", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char * const authors[] = { cases[i].author, NULL };
      const char * const none[] = { NULL };
      g_autoptr(GListModel) model =
        model_of (g_object_new (ATLAS_TYPE_PUBLICATION,
                                "id", "p", "title", "T", "year", 2014, "description", "S",
                                "authors", authors,
                                "organizations", cases[i].organization ? authors : none,
                                NULL),
                  NULL);
      g_autoptr(AtlasPublication) p = g_list_model_get_item (model, 0);
      g_autofree char *apa = atlas_citation_format_apa (p);
      g_autofree char *bibtex = atlas_citation_format_bibtex (model);
      g_autofree char *ris = atlas_citation_format_ris (model);
      g_autofree char *expected_apa = NULL;
      g_autofree char *expected_bibtex = NULL;
      g_autofree char *expected_ris = NULL;
      g_autofree char *family = atlas_author_family_name (cases[i].author, cases[i].organization);

      expected_apa = g_strdup_printf ("%s%s (2014). T.", cases[i].apa,
                                      g_str_has_suffix (cases[i].apa, ".") ? "" : ".");
      g_assert_cmpstr (apa, ==, expected_apa);

      if (cases[i].person != NULL)
        {
          expected_bibtex = g_strdup_printf ("  author = {%s},\n", cases[i].person);
          expected_ris = g_strdup_printf ("AU  - %s\n", cases[i].person);
          g_assert_true (g_str_has_prefix (cases[i].person, family));
        }
      else
        {
          g_autofree char *stripped = g_strstrip (g_strdup (cases[i].author));
          g_auto(GStrv) around_ampersands = g_strsplit (stripped, "&", -1);
          g_autofree char *escaped = g_strjoinv ("\\&", around_ampersands);

          /* a body in braces, as written but escaped */
          expected_bibtex = g_strdup_printf ("  author = {{%s}},\n", escaped);
          expected_ris = g_strdup_printf ("AU  - %s\n", stripped);
          g_assert_cmpstr (family, ==, cases[i].author);
        }

      g_assert_nonnull (strstr (bibtex, expected_bibtex));
      g_assert_nonnull (strstr (ris, expected_ris));
      assert_bibtex_well_formed (bibtex);
      assert_ris_well_formed (ris);
    }
}

static void
test_apa (void)
{
  const char * const two[] = { "Livingstone, Sonia", "S. Haddon", NULL };
  const char * const three[] = { "Helsper, E.J.", "Livingstone S.", "Stacy Jeleniewski, PhD", NULL };
  const char * const body[] = { "Evens Foundation", NULL };
  const char * const none[] = { NULL };
  const char * const blank[] = { "", "  ", NULL };
  const char * const broken[] = { "Evens\nFoundation", NULL };
  struct {
    const char * const *authors;
    const char *title;
    int year;
    const char *url;
    const char *expected;
  } cases[] = {
    { two, "A title", 2014, NULL, "Livingstone, S., & Haddon, S. (2014). A title." },
    { three, "Why?", 2014, NULL, "Helsper, E. J., Livingstone, S., & Jeleniewski, S. (2014). Why?" },
    { three, "Done.", 2014, NULL, "Helsper, E. J., Livingstone, S., & Jeleniewski, S. (2014). Done." },
    { body, "Media Literacy", 2013, NULL, "Evens Foundation. (2013). Media Literacy." },
    { none, "Education on Online Safety", 2009, NULL, "Education on Online Safety. (2009)." },
    { NULL, "What bothers children online?", 2013, NULL, "What bothers children online? (2013)." },
    { blank, "Blank authors", 2013, NULL, "Blank authors. (2013)." },
    /* one line, even for a name kept as written */
    { broken, "Media\nLiteracy", 2013, NULL, "Evens Foundation. (2013). Media Literacy." },
    { two, "A title", 2014, "https://example.org/a_b%20c",
      "Livingstone, S., & Haddon, S. (2014). A title. https://example.org/a_b%20c" },
    { two, "Undated", 0, NULL, "Livingstone, S., & Haddon, S. (n.d.). Undated." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AtlasPublication) p = publication_new_full (cases[i].title, cases[i].year, cases[i].authors,
                                                            "with the EU Kids Online network", "S",
                                                            cases[i].url);
      g_autofree char *apa = atlas_citation_format_apa (p);

      /* the collective credit has no place in APA */
      g_assert_cmpstr (apa, ==, cases[i].expected);
    }
}

/* Up to 20 authors all listed; from 21, the first 19, an ellipsis, the last */
static void
test_apa_many_authors (void)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) twenty = NULL;
  g_auto(GStrv) twenty_two = NULL;
  g_autoptr(AtlasPublication) p20 = NULL;
  g_autoptr(AtlasPublication) p22 = NULL;
  g_autofree char *apa20 = NULL;
  g_autofree char *apa22 = NULL;

  for (char c = 'A'; c < 'A' + 20; c++)
    {
      g_autofree char *name = g_strdup_printf ("%c. Author", c);
      g_strv_builder_add (builder, name);
    }
  twenty = g_strv_builder_end (builder);
  g_strv_builder_addv (builder, (const char **) twenty);
  g_strv_builder_add (builder, "U. Author");
  g_strv_builder_add (builder, "V. Last");
  twenty_two = g_strv_builder_end (builder);

  p20 = publication_new ("T", 2020, (const char * const *) twenty, "S");
  p22 = publication_new ("T", 2020, (const char * const *) twenty_two, "S");
  apa20 = atlas_citation_format_apa (p20);
  apa22 = atlas_citation_format_apa (p22);

  g_assert_true (g_str_has_prefix (apa20, "Author, A., Author, B., "));
  g_assert_true (g_str_has_suffix (apa20, "Author, S., & Author, T. (2020). T."));
  g_assert_null (strstr (apa20, ". . ."));

  g_assert_true (g_str_has_suffix (apa22, "Author, R., Author, S., . . . Last, V. (2020). T."));
  g_assert_null (strstr (apa22, "Author, T."));
  g_assert_null (strstr (apa22, "&"));
}

static void
test_special_characters (void)
{
  const char * const authors[] = { "Ólafsson, K.", "Centre & Co {Research}", NULL };
  g_autoptr(GListModel) model =
    model_of (publication_new_full ("50% of {all} $costs & #tags_x ~ ^ \\ end", 2012, authors,
                                    "with 100% & more", "Line one\nline two\r\nthree\tfour\u2028five",
                                    "https://example.org/a_b?x=1&y=%7B#frag"),
              NULL);
  g_autofree char *bibtex = atlas_citation_format_bibtex (model);
  g_autofree char *ris = atlas_citation_format_ris (model);

  g_assert_nonnull (strstr (bibtex,
                            "  title = {{50\\% of \\{all\\} \\$costs \\& \\#tags\\_x \\textasciitilde{} "
                            "\\textasciicircum{} \\textbackslash{} end}},\n"));
  /* UTF-8 kept; a body in braces, its own braces escaped */
  g_assert_nonnull (strstr (bibtex, "  author = {Ólafsson, K. and {Centre \\& Co \\{Research\\}}},\n"));
  g_assert_nonnull (strstr (bibtex, "  note = {with 100\\% \\& more},\n"));
  g_assert_nonnull (strstr (bibtex, "  abstract = {Line one line two  three four five},\n"));
  /* the url is verbatim */
  g_assert_nonnull (strstr (bibtex, "  url = {https://example.org/a_b?x=1&y=%7B#frag},\n"));
  g_assert_nonnull (strstr (bibtex, "@misc{olafsson2012all,\n"));
  assert_bibtex_well_formed (bibtex);

  g_assert_nonnull (strstr (ris, "TI  - 50% of {all} $costs & #tags_x ~ ^ \\ end\n"));
  g_assert_nonnull (strstr (ris, "AU  - Ólafsson, K.\nAU  - Centre & Co {Research}\n"));
  g_assert_nonnull (strstr (ris, "AB  - Line one line two  three four five\n"));
  g_assert_nonnull (strstr (ris, "N1  - with 100% & more\n"));
  g_assert_nonnull (strstr (ris, "UR  - https://example.org/a_b?x=1&y=%7B#frag\n"));
  g_assert_cmpuint (assert_ris_well_formed (ris), ==, 1);
}

/* Braces and backslashes in a url cannot unbalance the entry */
static void
test_bibtex_url_braces (void)
{
  const char * const authors[] = { "S. Livingstone", NULL };
  g_autoptr(GListModel) model =
    model_of (publication_new_full ("T", 2012, authors, NULL, "S", "https://example.org/{a}\\b c"), NULL);
  g_autofree char *bibtex = atlas_citation_format_bibtex (model);

  g_assert_nonnull (strstr (bibtex, "  url = {https://example.org/%7Ba%7D%5Cb%20c},\n"));
  assert_bibtex_well_formed (bibtex);
}

static void
test_no_authors (void)
{
  const char * const none[] = { NULL };
  g_autoptr(GListModel) model =
    model_of (publication_new ("The Education on Online Safety", 2009, none, "S"),
              publication_new ("Education again", 2009, NULL, "S"),
              NULL);
  g_autofree char *bibtex = atlas_citation_format_bibtex (model);
  g_autofree char *ris = atlas_citation_format_ris (model);

  g_assert_cmpstr (bibtex, ==,
                   "% Encoding: UTF-8\n"
                   "\n"
                   "@misc{anon2009education,\n"
                   "  title = {{The Education on Online Safety}},\n"
                   "  year = {2009},\n"
                   "  abstract = {S},\n"
                   "}\n"
                   "\n"
                   "@misc{anon2009educationb,\n"
                   "  title = {{Education again}},\n"
                   "  year = {2009},\n"
                   "  abstract = {S},\n"
                   "}\n");
  g_assert_cmpstr (ris, ==,
                   "TY  - RPRT\n"
                   "TI  - The Education on Online Safety\n"
                   "PY  - 2009\n"
                   "AB  - S\n"
                   "ER  - \n"
                   "\n"
                   "TY  - RPRT\n"
                   "TI  - Education again\n"
                   "PY  - 2009\n"
                   "AB  - S\n"
                   "ER  - \n"
                   "\n");
}

/* A whole record, to pin the order of the fields */
static void
test_full_record (void)
{
  const char * const authors[] = { "Helsper, E.J.", "De Haan, J.", "Microsoft", NULL };
  g_autoptr(GListModel) model =
    model_of (publication_new_full ("Country Classification: Risks", 2013, authors,
                                    "with members of the EU Kids Online network", "A summary.",
                                    "https://example.org/report.pdf"),
              NULL);
  g_autofree char *bibtex = atlas_citation_format_bibtex (model);
  g_autofree char *ris = atlas_citation_format_ris (model);

  g_assert_cmpstr (bibtex, ==,
                   "% Encoding: UTF-8\n"
                   "\n"
                   "@misc{helsper2013country,\n"
                   "  title = {{Country Classification: Risks}},\n"
                   "  author = {Helsper, E. J. and De Haan, J. and {Microsoft}},\n"
                   "  year = {2013},\n"
                   "  note = {with members of the EU Kids Online network},\n"
                   "  abstract = {A summary.},\n"
                   "  url = {https://example.org/report.pdf},\n"
                   "}\n");
  g_assert_cmpstr (ris, ==,
                   "TY  - RPRT\n"
                   "TI  - Country Classification: Risks\n"
                   "AU  - Helsper, E. J.\n"
                   "AU  - De Haan, J.\n"
                   "AU  - Microsoft\n"
                   "PY  - 2013\n"
                   "AB  - A summary.\n"
                   "N1  - with members of the EU Kids Online network\n"
                   "UR  - https://example.org/report.pdf\n"
                   "ER  - \n"
                   "\n");
}

static void
test_keys (void)
{
  const char * const livingstone[] = { "Livingstone, Sonia", "Haddon, L.", NULL };
  const char * const dehaan[] = { "De Haan, J.", NULL };
  const char * const oneill[] = { "O’Neill, B.", NULL };
  const char * const body[] = { "The Evens Foundation", NULL };
  g_autoptr(GListModel) model =
    model_of (publication_new ("Children online", 2014, livingstone, "S"),
              publication_new ("Children offline", 2014, livingstone, "S"),
              publication_new ("The children", 2014, livingstone, "S"),
              publication_new ("U.S. /European Summit", 2005, dehaan, "S"),
              publication_new ("A l’école", 2005, oneill, "S"),
              publication_new ("Media", 2013, body, "S"),
              NULL);
  g_autofree char *bibtex = atlas_citation_format_bibtex (model);
  g_auto(GStrv) entries = bibtex_entries (bibtex);
  const char *keys[] = {
    "livingstone2014children", "livingstone2014childrenb", "livingstone2014childrenc",
    "dehaan2005us", "oneill2005lecole", "evens2013media",
  };

  g_assert_cmpuint (g_strv_length (entries), ==, G_N_ELEMENTS (keys));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *opening = g_strdup_printf ("misc{%s,\n", keys[i]);
      g_assert_true (g_str_has_prefix (entries[i], opening));
    }
}

static void
test_family_name (void)
{
  struct { const char *author; const char *family; } cases[] = {
    { "Livingstone, Sonia", "Livingstone" },
    { "S. Livingstone", "Livingstone" },
    { "Livingstone S.", "Livingstone" },
    { "M.F. Wright", "Wright" },
    { "Stacy Jeleniewski, PhD", "Jeleniewski" },
    { "De Haan, J.", "De Haan" },
    { "Evens Foundation", "Evens Foundation" },
    { "Microsoft", "Microsoft" },
    { "Together Against Sexual Exploitation of Children", "Together Against Sexual Exploitation of Children" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *family = atlas_citation_family_name (cases[i].author);
      g_assert_cmpstr (family, ==, cases[i].family);
    }
}

static void
test_empty_model (void)
{
  g_autoptr(GListStore) store = g_list_store_new (ATLAS_TYPE_PUBLICATION);
  g_autofree char *bibtex = atlas_citation_format_bibtex (G_LIST_MODEL (store));
  g_autofree char *ris = atlas_citation_format_ris (G_LIST_MODEL (store));

  g_assert_cmpstr (bibtex, ==, "% Encoding: UTF-8\n");
  g_assert_cmpstr (ris, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Atlas/Citation/shipped-bibtex", test_shipped_bibtex);
  g_test_add_func ("/Atlas/Citation/shipped-ris", test_shipped_ris);
  g_test_add_func ("/Atlas/Citation/shipped-apa", test_shipped_apa);
  g_test_add_func ("/Atlas/Citation/names", test_names);
  g_test_add_func ("/Atlas/Citation/apa", test_apa);
  g_test_add_func ("/Atlas/Citation/apa-many-authors", test_apa_many_authors);
  g_test_add_func ("/Atlas/Citation/special-characters", test_special_characters);
  g_test_add_func ("/Atlas/Citation/bibtex-url-braces", test_bibtex_url_braces);
  g_test_add_func ("/Atlas/Citation/no-authors", test_no_authors);
  g_test_add_func ("/Atlas/Citation/full-record", test_full_record);
  g_test_add_func ("/Atlas/Citation/keys", test_keys);
  g_test_add_func ("/Atlas/Citation/family-name", test_family_name);
  g_test_add_func ("/Atlas/Citation/empty-model", test_empty_model);

  return g_test_run ();
}
