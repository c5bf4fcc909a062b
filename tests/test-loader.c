/* test-loader.c: the profile loader, on the shipped profile and bad input
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "atlas-event.h"
#include "atlas-format.h"
#include "atlas-test-i18n.h"
#include "atlas-test-profile.h"
#include "atlas-helpline.h"
#include "atlas-initiative.h"
#include "atlas-language.h"
#include "atlas-legal-item.h"
#include "atlas-organization.h"
#include "atlas-problem.h"
#include "atlas-profile.h"
#include "atlas-profile-private.h"
#include "atlas-publication.h"
#include "atlas-statistic.h"
#include "atlas-text.h"
#include "atlas-url.h"

/* In French and Dutch every text of the shipped profile is translated,
 * with the Belgian legal terms, the names of sources included; titles of
 * publications and names of people stay as published. In English, and in a language the app
 * has no translation for, the texts are the file's. */
static void
test_translated_complete (void)
{
  static const struct {
    const char *language;
    const char *content_language;
    const char *country;
    const char *code;
  } cases[] = {
    { "fr", "fr", "Belgique", "Code pénal" },
    { "nl", "nl", "België", "Strafwetboek" },
    { "de", "en", "Belgium", "Belgian Penal Code" },
    { "", "en", "Belgium", "Belgian Penal Code" },
  };
  g_autoptr(AtlasProfile) english = NULL;

  atlas_language_set ("");
  english = atlas_test_load_shipped ();

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(AtlasProfile) profile = NULL;
      gboolean translated = !g_str_equal (cases[c].content_language, "en");
      AtlasLegalItem *law, *english_law;
      AtlasPublication *publication, *english_publication;
      AtlasInitiative *initiative, *english_initiative;
      g_autoptr(AtlasStatistic) statistic = NULL;
      g_autoptr(AtlasStatistic) english_statistic = NULL;

      atlas_language_set (cases[c].language);
      profile = atlas_test_load_shipped ();

      g_test_message ("LANGUAGE=%s", cases[c].language);
      g_assert_cmpstr (atlas_profile_get_language (profile), ==, cases[c].content_language);
      g_assert_cmpuint (atlas_profile_get_n_untranslated (profile), ==, 0);
      g_assert_cmpstr (atlas_profile_get_country_name (profile), ==, cases[c].country);

      law = atlas_test_find_item (atlas_profile_get_legislation (profile), "penal-code-375");
      english_law = atlas_test_find_item (atlas_profile_get_legislation (english), "penal-code-375");
      g_assert_nonnull (strstr (atlas_legal_item_get_code (law), cases[c].code));
      g_assert_cmpstr (atlas_legal_item_get_article (law), ==, "375");
      g_assert_false (atlas_profile_is_untranslated (profile, law));
      g_assert_cmpint (g_str_equal (atlas_item_get_description (ATLAS_ITEM (law)),
                                    atlas_item_get_description (ATLAS_ITEM (english_law))), !=, translated);

      /* A publication's title is a citation; its summary is translated */
      publication = atlas_test_find_item (atlas_profile_get_research (profile), "combatting-child-sexual-abuse-2015");
      english_publication = atlas_test_find_item (atlas_profile_get_research (english), "combatting-child-sexual-abuse-2015");
      g_assert_cmpstr (atlas_item_get_title (ATLAS_ITEM (publication)), ==,
                       atlas_item_get_title (ATLAS_ITEM (english_publication)));
      g_assert_cmpint (g_str_equal (atlas_item_get_description (ATLAS_ITEM (publication)),
                                    atlas_item_get_description (ATLAS_ITEM (english_publication))), !=, translated);

      initiative = atlas_test_find_item (atlas_profile_get_education (profile), "esafety-label-2015");
      english_initiative = atlas_test_find_item (atlas_profile_get_education (english), "esafety-label-2015");
      g_assert_cmpint (g_str_equal (atlas_item_get_description (ATLAS_ITEM (initiative)),
                                    atlas_item_get_description (ATLAS_ITEM (english_initiative))), !=, translated);

      /* A statistic's label and its source's name are translated, its
       * source's address is not */
      statistic = g_list_model_get_item (atlas_profile_get_statistics (profile), 1);
      english_statistic = g_list_model_get_item (atlas_profile_get_statistics (english), 1);
      g_assert_cmpint (g_str_equal (atlas_item_get_title (ATLAS_ITEM (statistic)),
                                    atlas_item_get_title (ATLAS_ITEM (english_statistic))), !=, translated);
      g_assert_cmpint (g_str_equal (atlas_statistic_get_headline (statistic)->source->name,
                                    atlas_statistic_get_headline (english_statistic)->source->name), !=, translated);
      g_assert_cmpstr (atlas_statistic_get_headline (statistic)->source->url, ==,
                       atlas_statistic_get_headline (english_statistic)->source->url);
      g_assert_cmpfloat (atlas_statistic_get_headline (statistic)->value, ==,
                         atlas_statistic_get_headline (english_statistic)->value);

      g_assert_cmpint (g_str_equal (atlas_profile_get_legislation_intro (profile),
                                    atlas_profile_get_legislation_intro (english)), !=, translated);
      g_assert_cmpstr (atlas_helpline_get_number (atlas_profile_get_helpline (profile)), ==, "116 000");
    }

  atlas_language_set ("");
}

/* A text the catalogue does not know (a newer edition, another country)
 * stays in English, and what it belongs to is marked; the rest is still
 * translated */
static void
test_translated_fallback (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "profiles", "be.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GString) edited = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasProfile) profile = NULL;
  AtlasOrganization *changed, *other;
  AtlasLegalItem *law;
  const char *new_text = "A description of a newer edition, not translated yet.";

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);

  /* The description of KlasCement and the intro of Legislation are new */
  edited = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (edited, "A website for and by teachers", "A new website for teachers", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (edited, "This section contains details", new_text, 1), ==, 1);
  bytes = g_string_free_to_bytes (g_steal_pointer (&edited));

  atlas_language_set ("fr");
  profile = atlas_profile_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (atlas_profile_get_language (profile), ==, "fr");

  changed = atlas_test_find_item (atlas_profile_get_organizations (profile), "klascement");
  other = atlas_test_find_item (atlas_profile_get_organizations (profile), "child-focus");
  law = atlas_test_find_item (atlas_profile_get_legislation (profile), "penal-code-375");
  g_assert_true (g_str_has_prefix (atlas_item_get_description (ATLAS_ITEM (changed)), "A new website for teachers"));
  g_assert_true (atlas_profile_is_untranslated (profile, changed));
  g_assert_false (atlas_profile_is_untranslated (profile, other));
  g_assert_false (atlas_profile_is_untranslated (profile, law));
  g_assert_nonnull (strstr (atlas_legal_item_get_code (law), "Code pénal"));

  g_assert_true (g_str_has_prefix (atlas_profile_get_legislation_intro (profile), new_text));
  g_assert_true (atlas_profile_is_untranslated (profile, atlas_profile_get_legislation_intro (profile)));
  g_assert_false (atlas_profile_is_untranslated (profile, atlas_profile_get_law_enforcement_description (profile)));
  g_assert_cmpuint (atlas_profile_get_n_untranslated (profile), ==, 2);

  atlas_language_set ("");
}

static guint
count_legal_kind (AtlasProfile   *profile,
                  AtlasLegalKind  kind)
{
  GListModel *model = atlas_profile_get_legislation (profile);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AtlasLegalItem) item = g_list_model_get_item (model, i);

      if (atlas_legal_item_get_kind (item) == kind)
        n++;
    }

  return n;
}

static void
test_shipped_counts (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_shipped ();

  g_assert_cmpstr (atlas_profile_get_country_code (profile), ==, "BE");
  g_assert_cmpstr (atlas_profile_get_country_name (profile), ==, "Belgium");
  g_assert_cmpint (atlas_profile_get_edition_year (profile), ==, 2016);
  g_assert_cmpint (atlas_profile_get_format_version (profile), ==, 1);

  g_assert_cmpuint (g_list_model_get_n_items (atlas_profile_get_statistics (profile)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (atlas_profile_get_education (profile)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (atlas_profile_get_police_units (profile)), ==, 2);
  /* The source names ten organizations (see resources/profiles/README.md) */
  g_assert_cmpuint (g_list_model_get_n_items (atlas_profile_get_organizations (profile)), ==, 10);
  g_assert_cmpuint (g_list_model_get_n_items (atlas_profile_get_research (profile)), ==, 31);
  g_assert_cmpuint (count_legal_kind (profile, ATLAS_LEGAL_KIND_ARTICLE), ==, 6);
  g_assert_cmpuint (count_legal_kind (profile, ATLAS_LEGAL_KIND_INSTRUMENT), ==, 2);
  g_assert_cmpuint (count_legal_kind (profile, ATLAS_LEGAL_KIND_JURISDICTION), ==, 1);
  /* the source's sixth timeline line, the Optional Protocol, is an instrument */
  g_assert_cmpuint (g_list_model_get_n_items (atlas_profile_get_timeline (profile)), ==, 5);

  /* Every dated item: 4 education, 2 founding years, 3 legislation, 5 timeline */
  g_assert_cmpuint (g_list_model_get_n_items (atlas_profile_get_events (profile)), ==, 14);
}

static void
test_shipped_content (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_shipped ();
  GListModel *research = atlas_profile_get_research (profile);
  g_autoptr(AtlasStatistic) population = g_list_model_get_item (atlas_profile_get_statistics (profile), 0);
  AtlasHelpline *helpline = atlas_profile_get_helpline (profile);
  gboolean found_olafsson = FALSE;
  gboolean found_garbled = FALSE;

  g_assert_cmpstr (atlas_item_get_title (ATLAS_ITEM (population)), ==, "Population 0-14");
  g_assert_cmpfloat (atlas_statistic_get_headline (population)->value, ==, 1931829);
  g_assert_cmpint (atlas_statistic_get_headline (population)->year, ==, 2023);
  g_assert_nonnull (atlas_statistic_get_headline (population)->source->url);
  g_assert_cmpuint (atlas_statistic_get_series (population)->len, ==, 2);

  g_assert_nonnull (helpline);
  g_assert_cmpstr (atlas_helpline_get_name (helpline), ==, "Child Focus");
  g_assert_cmpstr (atlas_helpline_get_number (helpline), ==, "116 000");

  for (guint i = 0; i < g_list_model_get_n_items (research); i++)
    {
      g_autoptr(AtlasPublication) item = g_list_model_get_item (research, i);
      const char * const *authors = atlas_publication_get_authors (item);

      g_assert_nonnull (authors);
      for (guint j = 0; authors[j] != NULL; j++)
        if (strstr (authors[j], "Ólafsson") != NULL)
          found_olafsson = TRUE;

      if (g_str_has_prefix (atlas_item_get_title (ATLAS_ITEM (item)), "This article aims"))
        found_garbled = TRUE;

      /* typo fixed in the data */
      g_assert_null (strstr (atlas_item_get_description (ATLAS_ITEM (item)), "respones"));
    }

  g_assert_true (found_olafsson);
  g_assert_false (found_garbled);
}

static void
test_shipped_events (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_shipped ();
  GListModel *events = atlas_profile_get_events (profile);
  guint per_section[ATLAS_N_SECTIONS] = { 0, };
  int last_year = 0;

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(AtlasEvent) event = g_list_model_get_item (events, i);

      g_assert_cmpint (atlas_item_get_year (ATLAS_ITEM (event)), >=, last_year);
      last_year = atlas_item_get_year (ATLAS_ITEM (event));
      per_section[atlas_item_get_section (ATLAS_ITEM (event))]++;
      g_assert_nonnull (atlas_item_get_title (ATLAS_ITEM (event)));
      g_assert_nonnull (atlas_item_get_id (ATLAS_ITEM (event)));
    }

  g_assert_cmpuint (per_section[ATLAS_SECTION_EDUCATION], ==, 4);
  g_assert_cmpuint (per_section[ATLAS_SECTION_ORGANIZATIONS], ==, 2);
  g_assert_cmpuint (per_section[ATLAS_SECTION_LEGISLATION], ==, 3);
  g_assert_cmpuint (per_section[ATLAS_SECTION_TIMELINE], ==, 5);

  {
    g_autoptr(AtlasEvent) first = g_list_model_get_item (events, 0);
    g_assert_cmpint (atlas_item_get_year (ATLAS_ITEM (first)), ==, 1995);
    g_assert_cmpint (atlas_item_get_section (ATLAS_ITEM (first)), ==, ATLAS_SECTION_LEGISLATION);
  }
}

/* The minimal profile with "statistics": [] or "timeline": [] replaced by
 * @value as written: numbers that json-glib would not write back as they
 * are (1e309) stay in the text */
static GBytes *
profile_with_raw (const char *member,
                  const char *value)
{
  g_autofree char *empty = g_strdup_printf ("\"%s\": []", member);
  g_autofree char *replacement = g_strdup_printf ("\"%s\": %s", member, value);
  g_auto(GStrv) parts = g_strsplit (atlas_test_minimal_profile, empty, 2);
  char *text;

  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  text = g_strjoin (replacement, parts[0], parts[1], NULL);

  return g_bytes_new_take (text, strlen (text));
}

static void
test_minimal_loads (void)
{
  g_autoptr(GBytes) bytes = atlas_test_profile_with (NULL, NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasProfile) profile = atlas_profile_new_from_bytes (bytes, &problems, &error);

  g_assert_no_error (error);
  g_assert_nonnull (profile);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_null (atlas_profile_get_helpline (profile));
  g_assert_finalize_object (g_steal_pointer (&profile));
}

static void
test_missing_field (void)
{
  g_autoptr(GBytes) bytes =
    atlas_test_profile_with ("research", "[{\"id\": \"a\", \"year\": 2015, \"authors\": [], \"summary\": \"S\"}]");

  atlas_test_assert_one_problem (bytes, "research[0].title: missing required field");
}

static void
test_missing_section (void)
{
  g_autoptr(GBytes) bytes = atlas_test_profile_with ("organizations", NULL);

  atlas_test_assert_one_problem (bytes, "organizations: missing required field");
}

static void
test_wrong_type (void)
{
  g_autoptr(GBytes) bytes =
    atlas_test_profile_with ("research",
                  "[{\"id\": \"a\", \"title\": \"T\", \"year\": 2015, \"authors\": [], \"summary\": \"S\"},"
                  " {\"id\": \"b\", \"title\": \"T\", \"year\": 2015, \"authors\": [], \"summary\": \"S\"},"
                  " {\"id\": \"c\", \"title\": \"T\", \"year\": 2015, \"authors\": [], \"summary\": \"S\"},"
                  " {\"id\": \"d\", \"title\": \"T\", \"year\": \"2015a\", \"authors\": [], \"summary\": \"S\"}]");

  atlas_test_assert_one_problem (bytes, "research[3].year: expected an integer, got \"2015a\"");
}

/* An author is a string or {"organization": …}, each checked with its path */
static void
test_organization_authors (void)
{
  g_autoptr(GBytes) good =
    atlas_test_profile_with ("research", "[{\"id\": \"a\", \"title\": \"T\", \"year\": 2015, \"summary\": \"S\","
                              " \"authors\": [\"Helsper, E.J.\", {\"organization\": \"Smith Jones\"}]}]");
  g_autoptr(GBytes) not_text =
    atlas_test_profile_with ("research", "[{\"id\": \"a\", \"title\": \"T\", \"year\": 2015, \"summary\": \"S\","
                              " \"authors\": [{\"organization\": 5}]}]");
  g_autoptr(GBytes) neither =
    atlas_test_profile_with ("research", "[{\"id\": \"a\", \"title\": \"T\", \"year\": 2015, \"summary\": \"S\","
                              " \"authors\": [true]}]");
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasProfile) profile = atlas_profile_new_from_bytes (good, NULL, &error);
  g_autoptr(AtlasPublication) publication = NULL;

  g_assert_no_error (error);
  publication = g_list_model_get_item (atlas_profile_get_research (profile), 0);
  g_assert_cmpstr (atlas_publication_get_authors (publication)[1], ==, "Smith Jones");
  g_assert_true (atlas_publication_is_organization (publication, "Smith Jones"));
  g_assert_false (atlas_publication_is_organization (publication, "Helsper, E.J."));

  atlas_test_assert_one_problem (not_text, "research[0].authors[0].organization: expected a string, got 5");
  atlas_test_assert_one_problem (neither, "research[0].authors[0]: expected a string or an object, got true");
}

static void
test_wrong_type_array (void)
{
  g_autoptr(GBytes) bytes =
    atlas_test_profile_with ("research", "[{\"id\": \"a\", \"title\": \"T\", \"year\": 2015, \"authors\": \"Me\", \"summary\": \"S\"}]");

  atlas_test_assert_one_problem (bytes, "research[0].authors: expected an array, got \"Me\"");
}

static void
test_duplicate_id (void)
{
  g_autoptr(GBytes) bytes =
    atlas_test_profile_with ("timeline",
                  "[{\"id\": \"event\", \"year\": 2006, \"title\": \"T\", \"description\": \"D\"},"
                  " {\"id\": \"event\", \"year\": 2007, \"title\": \"T\", \"description\": \"D\"}]");

  atlas_test_assert_one_problem (bytes, "timeline[1].id: duplicate id \"event\" (first used at timeline[0].id)");
}

static void
test_invalid_id (void)
{
  g_autoptr(GBytes) bytes =
    atlas_test_profile_with ("timeline", "[{\"id\": \"Bad Id\", \"year\": 2006, \"title\": \"T\", \"description\": \"D\"}]");

  atlas_test_assert_one_problem (bytes,
                      "timeline[0].id: \"Bad Id\" is not a valid id (use lowercase letters, digits and single hyphens)");
}

static void
test_empty_title (void)
{
  g_autoptr(GBytes) bytes =
    atlas_test_profile_with ("research", "[{\"id\": \"a\", \"title\": \"  \", \"year\": 2015, \"authors\": [], \"summary\": \"S\"}]");

  atlas_test_assert_one_problem (bytes, "research[0].title: must not be empty");
}

static void
test_year_range (void)
{
  g_autoptr(GBytes) early =
    atlas_test_profile_with ("research", "[{\"id\": \"a\", \"title\": \"T\", \"year\": 1899, \"authors\": [], \"summary\": \"S\"}]");
  g_autoptr(GBytes) late =
    atlas_test_profile_with ("timeline", "[{\"id\": \"a\", \"year\": 2101, \"title\": \"T\", \"description\": \"D\"}]");
  g_autoptr(GBytes) negative =
    atlas_test_profile_with ("timeline", "[{\"id\": \"a\", \"year\": -5, \"title\": \"T\", \"description\": \"D\"}]");
  g_autoptr(GBytes) reversed =
    atlas_test_profile_with ("education", "[{\"id\": \"a\", \"year\": 2009, \"end_year\": 2007, \"title\": \"T\", \"description\": \"D\"}]");

  atlas_test_assert_one_problem (early, "research[0].year: 1899 is outside 1900-2100");
  atlas_test_assert_one_problem (late, "timeline[0].year: 2101 is outside 1900-2100");
  atlas_test_assert_one_problem (negative, "timeline[0].year: -5 is outside 1900-2100");
  atlas_test_assert_one_problem (reversed, "education[0].end_year: 2007 is before the year 2009");
}

static void
test_bad_url (void)
{
  static const struct {
    const char *url;     /* as JSON text */
    const char *reason;
  } urls[] = {
    { "ftp://example.org/", "only http and https addresses are allowed" },
    { "javascript:alert(1)", "only http and https addresses are allowed" },
    { "file:///etc/passwd", "only http and https addresses are allowed" },
    { "data:text/html,hello", "only http and https addresses are allowed" },
    { "example.org", "only http and https addresses are allowed" },
    { "https://", "the address has no host" },
    { "https://exa mple.org", "the address contains a space, a control or an invisible character" },
    { "https://childfocus.be@evil.example/", "the address contains a user name or password" },
    { "http://127.0.0.1:631/admin", "the address is on this computer or its local network" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (urls); i++)
    {
      g_autofree char *item =
        g_strdup_printf ("[{\"id\": \"a\", \"name\": \"N\", \"kind\": \"ngo\", \"scope\": \"national\","
                         " \"description\": \"D\", \"url\": \"%s\"}]", urls[i].url);
      g_autofree char *expected =
        g_strdup_printf ("organizations[0].url: %s, got \"%s\"", urls[i].reason, urls[i].url);
      g_autoptr(GBytes) bytes = atlas_test_profile_with ("organizations", item);

      atlas_test_assert_one_problem (bytes, expected);
    }
}

static void
test_bad_enum (void)
{
  g_autoptr(GBytes) bytes =
    atlas_test_profile_with ("organizations",
                  "[{\"id\": \"a\", \"name\": \"N\", \"kind\": \"club\", \"scope\": \"national\", \"description\": \"D\"}]");

  atlas_test_assert_one_problem (bytes,
                      "organizations[0].kind: unknown value \"club\" (expected one of: ngo, government, "
                      "law-enforcement, international-organization, industry-association, "
                      "education-resource, campaign)");
}

static void
test_article_needs_number (void)
{
  g_autoptr(GBytes) bytes =
    atlas_test_profile_with ("legislation",
                  "{\"intro\": \"I\", \"items\": [{\"id\": \"a\", \"kind\": \"article\", \"title\": \"T\","
                  " \"code\": \"Penal Code\", \"description\": \"D\"}]}");

  atlas_test_assert_one_problem (bytes, "legislation.items[0].article: missing required field");
}

static void
test_series_order (void)
{
  g_autoptr(GBytes) bytes =
    atlas_test_profile_with ("statistics",
                  "[{\"id\": \"s\", \"label\": \"L\", \"value\": 1, \"unit\": \"count\", \"year\": 2020,"
                  "  \"source\": {\"name\": \"N\"},"
                  "  \"series\": [{\"id\": \"t\", \"label\": \"L\", \"unit\": \"percent\", \"source\": {\"name\": \"N\"},"
                  "                \"points\": [{\"year\": 2011, \"value\": 1}, {\"year\": 2010, \"value\": 2}]}]}]");

  atlas_test_assert_one_problem (bytes,
                      "statistics[0].series[0].points[1].year: points must be in increasing year order, each year once");
}

/* "value": null is a figure the source does not give; a missing value is
 * an error */
static void
test_figure_without_value (void)
{
  g_autoptr(GBytes) null_value =
    atlas_test_profile_with ("statistics",
                  "[{\"id\": \"s\", \"label\": \"L\", \"value\": null, \"unit\": \"count\", \"year\": 2016,"
                  "  \"source\": {\"name\": \"GRID\"}}]");
  g_autoptr(GBytes) missing =
    atlas_test_profile_with ("statistics",
                  "[{\"id\": \"s\", \"label\": \"L\", \"unit\": \"count\", \"year\": 2016,"
                  "  \"source\": {\"name\": \"GRID\"}}]");
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasProfile) profile = atlas_profile_new_from_bytes (null_value, NULL, &error);
  g_autoptr(AtlasStatistic) statistic = NULL;

  g_assert_no_error (error);
  statistic = g_list_model_get_item (atlas_profile_get_statistics (profile), 0);
  g_assert_false (atlas_statistic_get_headline (statistic)->has_value);

  atlas_test_assert_one_problem (missing, "statistics[0].value: missing required field");
}

static void
test_many_problems (void)
{
  g_autoptr(GBytes) bytes =
    atlas_test_profile_with ("research",
                  "[{\"id\": \"a\", \"year\": 1800, \"authors\": [1], \"summary\": \"\"}]");
  g_autoptr(GPtrArray) problems = atlas_test_load_problems (bytes, ATLAS_PROFILE_ERROR_INVALID);
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasProfile) profile = NULL;

  /* title missing, summary empty, year out of range, authors[0] not a string */
  g_assert_cmpuint (problems->len, ==, 4);

  profile = atlas_profile_new_from_bytes (bytes, NULL, &error);
  g_assert_cmpstr (error->message, ==, "research[0].title: missing required field (and 3 more problems)");
}

static void
test_unknown_fields_ignored (void)
{
  g_autoptr(GBytes) bytes =
    atlas_test_profile_with ("research",
                  "[{\"id\": \"a\", \"title\": \"T\", \"year\": 2015, \"authors\": [], \"summary\": \"S\","
                  "  \"doi\": \"10.1000/1\", \"extra\": {\"nested\": [1, 2]}}]");
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasProfile) profile = atlas_profile_new_from_bytes (bytes, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (atlas_profile_get_research (profile)), ==, 1);
}

static void
test_newer_version_opens (void)
{
  g_autoptr(GBytes) bytes = atlas_test_profile_with ("format_version", "2");
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasProfile) profile = atlas_profile_new_from_bytes (bytes, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (atlas_profile_get_format_version (profile), ==, 2);
}

static void
test_wrong_format (void)
{
  g_autoptr(GBytes) version = atlas_test_profile_with ("format_version", "0");
  g_autoptr(GBytes) format = atlas_test_profile_with ("format", "\"something-else\"");

  atlas_test_assert_one_problem (version, "format_version: 0 is outside 1-2147483647");
  atlas_test_assert_one_problem (format,
                      "format: expected \"atlas-profile\", got \"something-else\": this is not an Atlas profile");
}

static void
load_text_expect (const char        *text,
                  gsize              len,
                  AtlasProfileError  code,
                  const char        *expected)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, len);
  g_autoptr(GPtrArray) problems = atlas_test_load_problems (bytes, code);
  g_autofree char *line = atlas_problem_to_string (g_ptr_array_index (problems, 0));

  g_assert_cmpstr (line, ==, expected);
}

static void
test_syntax_error (void)
{
  static const char text[] = "{\n  \"format\": \"atlas-profile\",\n  \"format_version\": 1,,\n}";

  load_text_expect (text, strlen (text), ATLAS_PROFILE_ERROR_SYNTAX,
                    "line 3, column 22: Parse error: unexpected character `,', expected string constant");
}

static void
test_invalid_utf8 (void)
{
  static const char text[] = "{\n  \"format\": \"atl\xff\xfe\"\n}";
  static const char nul[] = "{\n  \"a\": \"b\0\"\n}";

  load_text_expect (text, strlen (text), ATLAS_PROFILE_ERROR_ENCODING,
                    "line 2, column 17: the file is not valid UTF-8 text");
  load_text_expect (nul, sizeof nul - 1, ATLAS_PROFILE_ERROR_ENCODING,
                    "line 2, column 10: the file contains a NUL byte");
}

static void
test_empty_file (void)
{
  load_text_expect ("", 0, ATLAS_PROFILE_ERROR_EMPTY, "the file is empty");
}

static void
test_not_an_object (void)
{
  load_text_expect ("[1, 2]", 6, ATLAS_PROFILE_ERROR_INVALID,
                    "the top level of a profile must be a JSON object");
}

static void
test_too_deep (void)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < 10000; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < 10000; i++)
    g_string_append_c (text, ']');

  load_text_expect (text->str, text->len, ATLAS_PROFILE_ERROR_TOO_DEEP,
                    "line 1, column 65: arrays and objects are nested more than 64 levels deep");
  g_string_free (text, TRUE);
}

static void
test_byte_order_mark (void)
{
  g_autoptr(GBytes) plain = atlas_test_profile_with (NULL, NULL);
  gsize len;
  const char *data = g_bytes_get_data (plain, &len);
  g_autofree char *with_bom = g_strconcat ("\xef\xbb\xbf", data, NULL);
  g_autoptr(GBytes) bytes = g_bytes_new (with_bom, len + 3);
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasProfile) profile = atlas_profile_new_from_bytes (bytes, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (profile);
}

static void
test_file_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) directory = g_file_new_for_path (g_get_tmp_dir ());
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/profile.json");
  g_autoptr(AtlasProfile) profile = NULL;

  profile = atlas_profile_new_from_file (directory, NULL, NULL, &error);
  g_assert_null (profile);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_clear_error (&error);

  profile = atlas_profile_new_from_file (missing, NULL, NULL, &error);
  g_assert_null (profile);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static void
test_url_allowlist (void)
{
  g_assert_true (atlas_url_is_web ("https://childfocus.be"));
  g_assert_true (atlas_url_is_web ("http://www.gva.be/cnt/x"));
  g_assert_true (atlas_url_is_web ("HTTPS://EXAMPLE.ORG/a?b=c#d"));
  g_assert_false (atlas_url_is_web ("mailto:info@example.org"));
  g_assert_false (atlas_url_is_web ("javascript:alert(1)"));
  g_assert_false (atlas_url_is_web ("file:///etc/passwd"));
  g_assert_false (atlas_url_is_web ("data:text/html,x"));
  g_assert_false (atlas_url_is_web ("ftp://example.org"));
  g_assert_false (atlas_url_is_web ("//example.org"));
  g_assert_false (atlas_url_is_web ("https://example.org/\n"));
  g_assert_false (atlas_url_is_web ("https://example.org/\x7f"));
  g_assert_false (atlas_url_is_web (""));
  g_assert_false (atlas_url_is_web (NULL));

  g_assert_true (atlas_url_is_openable ("https://childfocus.be"));
  g_assert_true (atlas_url_is_openable ("mailto:info@example.org"));
  g_assert_false (atlas_url_is_openable ("mailto:nobody"));
  g_assert_false (atlas_url_is_openable ("javascript:alert(1)"));
  g_assert_false (atlas_url_is_openable ("sms:116000"));

  /* As printed under a link or beside a QR code */
  {
    g_autofree char *plain = atlas_url_format_short ("https://childfocus.be/");
    g_autofree char *path = atlas_url_format_short ("http://www.gva.be/cnt/x");
    g_autofree char *mail = atlas_url_format_short ("mailto:info@example.org");

    g_assert_cmpstr (plain, ==, "childfocus.be");
    g_assert_cmpstr (path, ==, "www.gva.be/cnt/x");
    g_assert_cmpstr (mail, ==, "mailto:info@example.org");
    g_assert_null (atlas_url_format_short (NULL));
  }
}

static void
test_format (void)
{
  AtlasFigure percent = { .has_value = TRUE, .value = 94.6263, .unit = ATLAS_FIGURE_UNIT_PERCENT };
  AtlasFigure per_100 = { .has_value = TRUE, .value = 103.196, .unit = ATLAS_FIGURE_UNIT_PER_100 };
  AtlasFigure count = { .has_value = TRUE, .value = 1931829, .unit = ATLAS_FIGURE_UNIT_COUNT };
  const char * const authors[] = { "Livingstone, S.", "Haddon, L.", NULL };
  struct { double value; guint decimals; const char *expected; } numbers[] = {
    { 0, 0, "0" },
    { 999, 0, "999" },
    { 1000, 0, "1,000" },
    { 1931829, 0, "1,931,829" },
    { 12200000, 0, "12,200,000" },
    { 16.291, 1, "16.3" },
    { -1234.5, 1, "−1,234.5" },
    { -0.01, 1, "0.0" },
  };
  char *s;

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      s = atlas_format_number (numbers[i].value, numbers[i].decimals);
      g_assert_cmpstr (s, ==, numbers[i].expected);
      g_free (s);
    }

  s = atlas_format_figure_value (&percent);
  g_assert_cmpstr (s, ==, "94.6%");
  g_free (s);
  s = atlas_format_figure_value (&per_100);
  g_assert_cmpstr (s, ==, "103.2 per 100 people");
  g_free (s);
  s = atlas_format_figure_value (&count);
  g_assert_cmpstr (s, ==, "1,931,829");
  g_free (s);
  count.has_value = FALSE;
  s = atlas_format_figure_value (&count);
  g_assert_cmpstr (s, ==, "No figure in the source");
  g_free (s);

  s = atlas_format_year_range (2007, 2009);
  g_assert_cmpstr (s, ==, "2007–2009");
  g_free (s);
  s = atlas_format_year_range (2010, 0);
  g_assert_cmpstr (s, ==, "2010");
  g_free (s);
  s = atlas_format_month_year (2012, 9);
  g_assert_cmpstr (s, ==, "September 2012");
  g_free (s);

  s = atlas_format_authors (authors, "with the EU Kids Online network");
  g_assert_cmpstr (s, ==, "Livingstone, S.; Haddon, L.; with the EU Kids Online network");
  g_free (s);
  g_assert_null (atlas_format_authors (NULL, NULL));
}

static gboolean
folded_match (const char *haystack,
              const char *query)
{
  g_autofree char *h = atlas_text_fold (haystack);
  g_autofree char *q = atlas_text_fold (query);

  return atlas_text_matches (h, q);
}

static void
test_text_matching (void)
{
  char *s = atlas_text_fold ("  Ólafsson, K. — École «Test»  ");
  g_assert_cmpstr (s, ==, "olafsson k ecole test");
  g_free (s);

  g_assert_true (folded_match ("K. Ólafsson, S. Livingstone", "olafsson"));
  g_assert_true (folded_match ("Jeunes et Nouvelles Technologies", "JEUNES"));
  g_assert_true (folded_match ("l’école", "ecole"));
  g_assert_true (folded_match ("Centre de Recherche", "recherché"));
  g_assert_true (folded_match ("Haddon, L.; Livingstone, S.", "livingstone haddon"));
  g_assert_true (folded_match ("Net Children Go Mobile", "mob chil"));
  g_assert_true (folded_match ("anything", ""));
  g_assert_true (folded_match ("anything", "  ,  "));
  g_assert_false (folded_match ("Net Children Go Mobile", "children tablet"));
  g_assert_false (folded_match ("", "a"));
  g_assert_false (folded_match ("\xff invalid", "invalid"));
}

static void
test_publication_filter_and_order (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_shipped ();
  GListModel *research = atlas_profile_get_research (profile);
  g_autofree char *olafsson = atlas_text_fold ("olafsson");
  g_autofree char *none = atlas_text_fold ("");
  g_autofree char *two_words = atlas_text_fold ("mobile MASCHERONI");
  guint n_olafsson = 0, n_2012_2013 = 0, n_two_words = 0;

  for (guint i = 0; i < g_list_model_get_n_items (research); i++)
    {
      g_autoptr(AtlasPublication) item = g_list_model_get_item (research, i);

      n_olafsson += atlas_publication_matches (item, olafsson, 0, 0);
      n_2012_2013 += atlas_publication_matches (item, none, 2012, 2013);
      n_two_words += atlas_publication_matches (item, two_words, 0, 0);
    }

  /* Ólafsson is an author of four of the works */
  g_assert_cmpuint (n_olafsson, ==, 4);
  /* 2013: 6 works, 2012: 4, once the duplicates are merged */
  g_assert_cmpuint (n_2012_2013, ==, 10);
  /* "Net Children Go Mobile" and the "Risks and Opportunities" comparison */
  g_assert_cmpuint (n_two_words, ==, 2);

  {
    g_autoptr(AtlasPublication) a = g_list_model_get_item (research, 0);
    g_autoptr(AtlasPublication) b = g_list_model_get_item (research, 30);

    /* 2016 before 2001, and the reverse */
    g_assert_cmpint (atlas_publication_compare (a, b, ATLAS_PUBLICATION_ORDER_NEWEST), <, 0);
    g_assert_cmpint (atlas_publication_compare (a, b, ATLAS_PUBLICATION_ORDER_OLDEST), >, 0);
    /* "A Survey…" before "Children and Their Changing…" */
    g_assert_cmpint (atlas_publication_compare (a, b, ATLAS_PUBLICATION_ORDER_TITLE), <, 0);
    /* "Together Against…" after "Livingstone" */
    g_assert_cmpint (atlas_publication_compare (a, b, ATLAS_PUBLICATION_ORDER_FIRST_AUTHOR), >, 0);
    g_assert_cmpint (atlas_publication_compare (a, a, ATLAS_PUBLICATION_ORDER_TITLE), ==, 0);
  }
}

/* Hostile numbers and strings: refused with a message, or loaded as they
 * are, never a crash */
static void
test_hostile_values (void)
{
  g_autoptr(GBytes) infinite =
    profile_with_raw ("statistics",
                  "[{\"id\": \"s\", \"label\": \"L\", \"value\": 1e309, \"unit\": \"count\", \"year\": 2016,"
                  "  \"source\": {\"name\": \"N\"}}]");
  g_autoptr(GBytes) huge_year =
    profile_with_raw ("timeline", "[{\"id\": \"a\", \"year\": 99999999999999999999, \"title\": \"T\", \"description\": \"D\"}]");
  g_autoptr(GBytes) big_int_year =
    profile_with_raw ("timeline", "[{\"id\": \"a\", \"year\": 9223372036854775807, \"title\": \"T\", \"description\": \"D\"}]");
  g_autoptr(GPtrArray) problems = NULL;

  atlas_test_assert_one_problem (infinite, "statistics[0].value: must be a finite number");
  atlas_test_assert_one_problem (big_int_year, "timeline[0].year: 9223372036854775807 is outside 1900-2100");

  /* json-glib reads an integer beyond 64 bits as a double: refused either way */
  problems = atlas_test_load_problems (huge_year, ATLAS_PROFILE_ERROR_INVALID);
  g_assert_cmpuint (problems->len, ==, 1);
}

static void
test_duplicate_keys (void)
{
  /* JSON leaves duplicate keys undefined; json-glib keeps the last one,
   * and so does Atlas (documented in docs/profile-format.md) */
  static const char text[] =
    "{\"format\": \"atlas-profile\", \"format_version\": 1, \"format_version\": 1,"
    " \"country\": {\"code\": \"XT\", \"name\": \"First\", \"name\": \"Testland\"},"
    " \"edition\": {\"year\": 2016, \"title\": \"T\"}, \"statistics\": [], \"education\": [],"
    " \"law_enforcement\": {\"agency\": \"A\", \"description\": \"D\", \"units\": []},"
    " \"organizations\": [], \"research\": [], \"legislation\": {\"intro\": \"I\", \"items\": []},"
    " \"timeline\": []}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasProfile) profile = atlas_profile_new_from_bytes (bytes, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (atlas_profile_get_country_name (profile), ==, "Testland");
}

/* A profile whose one publication has @title */
static AtlasProfile *
load_with_title (const char  *title,
                 GError     **error)
{
  g_autofree char *item =
    g_strdup_printf ("[{\"id\": \"a\", \"title\": \"%s\", \"year\": 2015, \"authors\": [], \"summary\": \"S\"}]",
                     title);
  g_autoptr(GBytes) bytes = atlas_test_profile_with ("research", item);

  return atlas_profile_new_from_bytes (bytes, NULL, error);
}

/* A title at the limit of a text field loads whole; a byte more is
 * refused, with the path and the limit */
static void
test_long_title (void)
{
  g_autoptr(GString) title = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasProfile) profile = NULL;
  g_autoptr(AtlasPublication) publication = NULL;
  g_autofree char *limit = g_strdup_printf ("%u", ATLAS_LIMIT_TEXT_BYTES);

  while (title->len < ATLAS_LIMIT_TEXT_BYTES)
    g_string_append (title, "A very long title ");
  g_string_truncate (title, ATLAS_LIMIT_TEXT_BYTES);
  profile = load_with_title (title->str, &error);
  g_assert_no_error (error);
  publication = g_list_model_get_item (atlas_profile_get_research (profile), 0);
  g_assert_cmpuint (strlen (atlas_item_get_title (ATLAS_ITEM (publication))), ==, ATLAS_LIMIT_TEXT_BYTES);
  g_clear_object (&profile);

  g_string_append_c (title, 'x');
  profile = load_with_title (title->str, &error);
  g_assert_null (profile);
  g_assert_error (error, ATLAS_PROFILE_ERROR, ATLAS_PROFILE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "research[0].title"));
  g_assert_nonnull (strstr (error->message, limit));
}

/* The loader frees the JSON tree of a large file on a worker thread
 * after returning: the models must hold nothing of the tree. The texts
 * are read while the tree is being freed and after; AddressSanitizer and
 * valgrind fail the test on a read of freed memory. In French, so that
 * the English texts without translation go through the fallback too. */
/* The minimal profile with @n publications, each with a title, an author
 * and a summary without translation */
static GBytes *
profile_with_research (guint n)
{
  g_autoptr(GString) items = g_string_new ("[");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (items, "%s{\"id\": \"p%u\", \"title\": \"Title %u\", \"year\": 2015,"
                                   " \"authors\": [\"Author %u\"], \"summary\": \"A summary without"
                                   " a translation, number %u of the large file.\"}",
                            i ? "," : "", i, i, i, i);
  g_string_append (items, "]");

  return atlas_test_profile_with ("research", items->str);
}

static void
test_large_file (void)
{
  const guint n = 20000;
  g_autoptr(GBytes) bytes = profile_with_research (n);
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasProfile) profile = NULL;
  GListModel *research;
  gsize total = 0;

  g_assert_cmpuint (g_bytes_get_size (bytes), >, 2 * 1024 * 1024);

  atlas_language_set ("fr");
  profile = atlas_profile_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  research = atlas_profile_get_research (profile);
  g_assert_cmpuint (g_list_model_get_n_items (research), ==, n);

  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AtlasPublication) publication = g_list_model_get_item (research, i);

          total += strlen (atlas_item_get_title (ATLAS_ITEM (publication))) +
                   strlen (atlas_item_get_description (ATLAS_ITEM (publication))) +
                   strlen (atlas_publication_get_authors (publication)[0]);
          g_assert_true (atlas_profile_is_untranslated (profile, publication));
        }

      atlas_profile_wait_for_cleanup ();
    }

  g_assert_cmpuint (total, >, 0);
  g_assert_cmpuint (atlas_profile_get_n_untranslated (profile), >=, n);
  atlas_language_set ("");
}

typedef struct {
  gboolean held;
  gboolean released;
  GMutex   mutex;
  GCond    cond;
} Holder;

static gpointer
hold_language_thread (gpointer data)
{
  Holder *holder = data;

  atlas_language_hold ();
  g_mutex_lock (&holder->mutex);
  holder->held = TRUE;
  g_cond_signal (&holder->cond);
  g_mutex_unlock (&holder->mutex);

  g_usleep (100 * 1000);
  g_atomic_int_set (&holder->released, TRUE);
  atlas_language_release ();

  return NULL;
}

/* A language switch waits for the threads that translate: setenv() while
 * a loader thread's gettext reads the environment is a data race */
static void
test_language_waits_for_holders (void)
{
  Holder holder = { FALSE, FALSE };
  GThread *thread;

  g_mutex_init (&holder.mutex);
  g_cond_init (&holder.cond);
  thread = g_thread_new ("holder", hold_language_thread, &holder);

  g_mutex_lock (&holder.mutex);
  while (!holder.held)
    g_cond_wait (&holder.cond, &holder.mutex);
  g_mutex_unlock (&holder.mutex);

  atlas_language_set ("fr");
  g_assert_true (g_atomic_int_get (&holder.released));
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "fr");

  g_thread_join (thread);
  g_mutex_clear (&holder.mutex);
  g_cond_clear (&holder.cond);
  atlas_language_set ("en");
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AtlasProfile **profile = user_data;
  g_autoptr(AtlasProfileLoad) load = atlas_profile_load_file_finish (result);

  g_assert_no_error (load->error);
  g_assert_cmpuint (load->problems->len, ==, 0);
  *profile = g_steal_pointer (&load->profile);
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  AtlasProfileLoad **load = user_data;

  *load = atlas_profile_load_file_finish (result);
}

/* A file that does not load gives, through the async load too, the file,
 * the error and every problem */
static void
test_async_failure (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasProfileLoad) load = NULL;
  int fd;

  fd = g_file_open_tmp ("atlas-broken-XXXXXX.json", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, "{\"format\": 12}", -1, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);

  atlas_profile_load_file_async (file, NULL, load_done_cb, &load);
  while (load == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (g_file_equal (load->file, file));
  g_assert_null (load->profile);
  g_assert_error (load->error, ATLAS_PROFILE_ERROR, ATLAS_PROFILE_ERROR_INVALID);
  g_assert_cmpuint (load->problems->len, >, 1);

  g_unlink (path);
}

/* The loader's thread holds the language while it loads: a switch that
 * starts during a load returns only once the load is done */
static void
test_language_waits_for_loads (void)
{
  g_autoptr(GBytes) bytes = profile_with_research (40000);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  AtlasProfile *profile = NULL;
  gint64 give_up;
  int fd;

  fd = g_file_open_tmp ("atlas-language-XXXXXX.json", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);

  atlas_language_set ("en");
  atlas_profile_load_file_async (file, NULL, loaded_cb, &profile);

  /* The worker thread holds the language as soon as it starts */
  give_up = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (atlas_language_get_n_holders () == 0 && g_get_monotonic_time () < give_up)
    g_usleep (1000);
  g_assert_cmpuint (atlas_language_get_n_holders (), ==, 1);
  g_assert_null (profile);

  atlas_language_set ("fr");
  g_assert_cmpuint (atlas_language_get_n_holders (), ==, 0);
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "fr");

  while (profile == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (atlas_profile_get_research (profile)), ==, 40000);

  g_object_unref (profile);
  atlas_profile_wait_for_cleanup ();
  g_unlink (path);
  atlas_language_set ("en");
}

/* What a teacher is told first about a refused file, and its problems
 * each said once */
static void
test_problems_grouped (void)
{
  g_autoptr(GBytes) not_json = g_bytes_new_static ("{ nope", 6);
  g_autoptr(GBytes) not_profile = g_bytes_new_static ("[1, 2]", 6);
  g_autoptr(GBytes) empty_object = g_bytes_new_static ("{}", 2);
  g_autoptr(GPtrArray) same = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_problem_free);
  g_autoptr(GError) syntax = g_error_new_literal (ATLAS_PROFILE_ERROR, ATLAS_PROFILE_ERROR_SYNTAX, "x");
  g_autoptr(GError) invalid = g_error_new_literal (ATLAS_PROFILE_ERROR, ATLAS_PROFILE_ERROR_INVALID, "x");
  g_autoptr(GError) io = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "x");
  g_autofree char *text = NULL;

  {
    g_autoptr(GPtrArray) problems = atlas_test_load_problems (not_json, ATLAS_PROFILE_ERROR_SYNTAX);

    g_assert_cmpint (atlas_problems_get_refusal (syntax, problems), ==, ATLAS_REFUSAL_NOT_JSON);
  }
  {
    g_autoptr(GPtrArray) problems = atlas_test_load_problems (not_profile, ATLAS_PROFILE_ERROR_INVALID);

    g_assert_cmpint (atlas_problems_get_refusal (invalid, problems), ==, ATLAS_REFUSAL_NOT_PROFILE);
  }
  {
    g_autoptr(GPtrArray) problems = atlas_test_load_problems (empty_object, ATLAS_PROFILE_ERROR_INVALID);
    g_autofree char *lines = atlas_problems_format (problems, 10);

    g_assert_cmpint (atlas_problems_get_refusal (invalid, problems), ==, ATLAS_REFUSAL_NOT_PROFILE);
    /* one line for every missing field */
    g_assert_null (strchr (lines, '\n'));
    g_assert_true (g_str_has_prefix (lines, "format, format_version, "));
  }
  g_assert_cmpint (atlas_problems_get_refusal (io, NULL), ==, ATLAS_REFUSAL_UNREADABLE);

  /* The same problem at the same place, or with no place, is said once
   * with a count; the same message at several places is one line; more
   * kinds than shown are counted */
  for (guint i = 0; i < 3; i++)
    g_ptr_array_add (same, atlas_problem_new ("research[2].year", 0, 0, "expected an integer"));
  g_assert_cmpint (atlas_problems_get_refusal (invalid, same), ==, ATLAS_REFUSAL_MISTAKES);
  for (guint i = 0; i < 2; i++)
    g_ptr_array_add (same, atlas_problem_new (NULL, 0, 0, "the file contains a NUL byte"));
  g_ptr_array_add (same, atlas_problem_new (NULL, 3, 4, "expected an integer"));
  g_ptr_array_add (same, atlas_problem_new ("a", 0, 0, "one"));
  g_ptr_array_add (same, atlas_problem_new ("b", 0, 0, "two"));
  text = atlas_problems_format (same, 3);
  g_assert_cmpstr (text, ==,
                   "research[2].year, line 3, column 4: expected an integer\n"
                   "the file contains a NUL byte (2 times)\n"
                   "a: one\n"
                   "and 1 more problem");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  atlas_test_bind_catalogue ();

  g_test_add_func ("/Atlas/Loader/shipped/counts", test_shipped_counts);
  g_test_add_func ("/Atlas/Loader/shipped/content", test_shipped_content);
  g_test_add_func ("/Atlas/Loader/shipped/events", test_shipped_events);
  g_test_add_func ("/Atlas/Loader/translated/complete", test_translated_complete);
  g_test_add_func ("/Atlas/Loader/translated/fallback", test_translated_fallback);
  g_test_add_func ("/Atlas/Loader/minimal", test_minimal_loads);
  g_test_add_func ("/Atlas/Loader/missing-field", test_missing_field);
  g_test_add_func ("/Atlas/Loader/missing-section", test_missing_section);
  g_test_add_func ("/Atlas/Loader/wrong-type", test_wrong_type);
  g_test_add_func ("/Atlas/Loader/wrong-type-array", test_wrong_type_array);
  g_test_add_func ("/Atlas/Loader/duplicate-id", test_duplicate_id);
  g_test_add_func ("/Atlas/Loader/invalid-id", test_invalid_id);
  g_test_add_func ("/Atlas/Loader/empty-title", test_empty_title);
  g_test_add_func ("/Atlas/Loader/year-range", test_year_range);
  g_test_add_func ("/Atlas/Loader/bad-url", test_bad_url);
  g_test_add_func ("/Atlas/Loader/bad-enum", test_bad_enum);
  g_test_add_func ("/Atlas/Loader/article-needs-number", test_article_needs_number);
  g_test_add_func ("/Atlas/Loader/series-order", test_series_order);
  g_test_add_func ("/Atlas/Loader/figure-without-value", test_figure_without_value);
  g_test_add_func ("/Atlas/Loader/many-problems", test_many_problems);
  g_test_add_func ("/Atlas/Loader/unknown-fields", test_unknown_fields_ignored);
  g_test_add_func ("/Atlas/Loader/newer-version", test_newer_version_opens);
  g_test_add_func ("/Atlas/Loader/wrong-format", test_wrong_format);
  g_test_add_func ("/Atlas/Loader/syntax-error", test_syntax_error);
  g_test_add_func ("/Atlas/Loader/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/Atlas/Loader/empty-file", test_empty_file);
  g_test_add_func ("/Atlas/Loader/not-an-object", test_not_an_object);
  g_test_add_func ("/Atlas/Loader/too-deep", test_too_deep);
  g_test_add_func ("/Atlas/Loader/byte-order-mark", test_byte_order_mark);
  g_test_add_func ("/Atlas/Loader/file-errors", test_file_errors);
  g_test_add_func ("/Atlas/Loader/hostile-values", test_hostile_values);
  g_test_add_func ("/Atlas/Loader/duplicate-keys", test_duplicate_keys);
  g_test_add_func ("/Atlas/Loader/long-title", test_long_title);
  g_test_add_func ("/Atlas/Loader/large-file", test_large_file);
  g_test_add_func ("/Atlas/Language/waits-for-holders", test_language_waits_for_holders);
  g_test_add_func ("/Atlas/Loader/async-failure", test_async_failure);
  g_test_add_func ("/Atlas/Loader/organization-authors", test_organization_authors);
  g_test_add_func ("/Atlas/Language/waits-for-loads", test_language_waits_for_loads);
  g_test_add_func ("/Atlas/Url/allowlist", test_url_allowlist);
  g_test_add_func ("/Atlas/Format/numbers", test_format);
  g_test_add_func ("/Atlas/Text/matching", test_text_matching);
  g_test_add_func ("/Atlas/Research/filter-and-order", test_publication_filter_and_order);
  g_test_add_func ("/Atlas/Loader/problems-grouped", test_problems_grouped);

  return g_test_run ();
}
