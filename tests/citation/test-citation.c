/* test-citation.c: APA references, BibTeX and RIS
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "atlas-citation.h"
#include "atlas-profile.h"

static AtlasPublication *
publication_new (const char         *title,
                 int                 year,
                 const char * const *authors,
                 const char         *summary)
{
  return g_object_new (ATLAS_TYPE_PUBLICATION,
                       "id", "p",
                       "title", title,
                       "year", year,
                       "authors", authors,
                       "summary", summary,
                       NULL);
}

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

static void
assert_golden (const char *text,
               const char *golden_name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "golden", golden_name, NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &expected, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, expected);
}

static GListModel *
shipped_research (AtlasProfile **profile)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "profiles", "be.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  *profile = atlas_profile_new_from_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  return atlas_profile_get_research (*profile);
}

/* Braces balance in every entry, escaped braces aside */
static void
assert_bibtex_balanced (const char *bibtex)
{
  int depth = 0;
  guint entries = 0;

  for (const char *p = bibtex; *p != '\0'; p++)
    {
      if (*p == '\\' && (p[1] == '{' || p[1] == '}'))
        {
          p++;
          continue;
        }
      if (*p == '@')
        {
          g_assert_cmpint (depth, ==, 0);
          entries++;
        }
      if (*p == '{')
        depth++;
      else if (*p == '}')
        {
          depth--;
          g_assert_cmpint (depth, >=, 0);
        }
    }

  g_assert_cmpint (depth, ==, 0);
  g_assert_cmpuint (entries, >, 0);
}

static void
test_shipped_bibtex (void)
{
  g_autoptr(AtlasProfile) profile = NULL;
  GListModel *research = shipped_research (&profile);
  g_autofree char *bibtex = atlas_citation_format_bibtex (research);

  assert_golden (bibtex, "be.bib");
  assert_bibtex_balanced (bibtex);
}

static void
test_shipped_ris (void)
{
  g_autoptr(AtlasProfile) profile = NULL;
  GListModel *research = shipped_research (&profile);
  g_autofree char *ris = atlas_citation_format_ris (research);
  g_auto(GStrv) lines = NULL;
  guint records = 0;

  assert_golden (ris, "be.ris");

  /* Every line is a tag, two spaces, a hyphen and a space, or empty */
  lines = g_strsplit (ris, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] == '\0')
        continue;
      g_assert_true (g_ascii_isupper (lines[i][0]));
      g_assert_true (g_ascii_isupper (lines[i][1]) || g_ascii_isdigit (lines[i][1]));
      g_assert_true (g_str_has_prefix (lines[i] + 2, "  - "));
      if (g_str_has_prefix (lines[i], "ER  - "))
        records++;
    }
  g_assert_cmpuint (records, ==, 31);
}

static void
test_apa (void)
{
  const char * const two[] = { "Livingstone, Sonia", "S. Haddon", NULL };
  const char * const three[] = { "Helsper, E.J.", "Livingstone S.", "Stacy Jeleniewski, PhD", NULL };
  const char * const body[] = { "Evens Foundation", NULL };
  const char * const none[] = { NULL };
  struct { const char * const *authors; const char *title; const char *expected; } cases[] = {
    { two, "A title", "Livingstone, S., & Haddon, S. (2014). A title." },
    { three, "Why?", "Helsper, E. J., Livingstone, S., & Jeleniewski, S. (2014). Why?" },
    { body, "Media Literacy", "Evens Foundation. (2014). Media Literacy." },
    { none, "Education on Online Safety", "Education on Online Safety. (2014)." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AtlasPublication) p = publication_new (cases[i].title, 2014, cases[i].authors, "S");
      g_autofree char *apa = atlas_citation_format_apa (p);

      g_assert_cmpstr (apa, ==, cases[i].expected);
    }
}

static void
test_special_characters (void)
{
  const char * const authors[] = { "Ólafsson, K.", "Centre & Co {Research}", NULL };
  g_autoptr(GListModel) model =
    model_of (publication_new ("50% of {all} $costs & #tags_x ~ ^ \\ end", 2012, authors, "Line one\nline two"),
              publication_new ("Another", 2012, authors, "S"),
              publication_new ("Another", 2012, authors, "S"),
              NULL);
  g_autofree char *bibtex = atlas_citation_format_bibtex (model);
  g_autofree char *ris = atlas_citation_format_ris (model);

  g_assert_nonnull (strstr (bibtex,
                            "title = {{50\\% of \\{all\\} \\$costs \\& \\#tags\\_x \\textasciitilde{} "
                            "\\textasciicircum{} \\textbackslash{} end}},"));
  g_assert_nonnull (strstr (bibtex, "author = {Ólafsson, K. and {Centre \\& Co \\{Research\\}}},"));
  g_assert_nonnull (strstr (bibtex, "@misc{olafsson2012another,"));
  g_assert_nonnull (strstr (bibtex, "@misc{olafsson2012anotherb,"));
  assert_bibtex_balanced (bibtex);

  g_assert_nonnull (strstr (ris, "AB  - Line one line two\n"));
  g_assert_nonnull (strstr (ris, "AU  - Ólafsson, K.\n"));
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Atlas/Citation/shipped-bibtex", test_shipped_bibtex);
  g_test_add_func ("/Atlas/Citation/shipped-ris", test_shipped_ris);
  g_test_add_func ("/Atlas/Citation/apa", test_apa);
  g_test_add_func ("/Atlas/Citation/special-characters", test_special_characters);
  g_test_add_func ("/Atlas/Citation/family-name", test_family_name);

  return g_test_run ();
}
