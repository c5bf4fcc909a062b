/* test-notes.c: notes beside the edition's text: the shipped profile's, what the loader refuses, their translations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "atlas-event.h"
#include "atlas-item.h"
#include "atlas-language.h"
#include "atlas-note.h"
#include "atlas-problem.h"
#include "atlas-profile.h"
#include "atlas-statistic.h"
#include "atlas-test-i18n.h"
#include "atlas-test-profile.h"

#define NEW_CODE_NOTE "The Penal Code of 1867 is replaced from 2026 by a new Criminal Code adopted in 2024: " \
                      "every article number changes."
#define NEW_CODE_SOURCE "Laws of 29 February 2024 introducing Books I and II of the Criminal Code, " \
                        "Belgian Official Journal of 8 April 2024"
#define LAW_2022_URL "https://etaamb.openjustice.be/nl/wet-van-21-maart-2022_n2022031330.html"
#define LAW_2024_URL "https://etaamb.openjustice.be/nl/wet-van-29-februari-2024_n2025003726.html"

/* The Penal Code articles of the 2016 edition that the 2022 reform
 * replaced and the 2024 Criminal Code renumbers */
static const char * const penal_code_articles[] = {
  "penal-code-372", "penal-code-373", "penal-code-375", "penal-code-382", "penal-code-383",
};

static AtlasNote *
note_at (GListModel *notes,
         guint       position)
{
  g_autoptr(AtlasNote) note = g_list_model_get_item (notes, position);

  g_assert_nonnull (note);
  return note;  /* the model keeps it alive */
}

static void
assert_note (AtlasNote     *note,
             AtlasNoteKind  kind,
             int            year,
             int            month,
             int            day,
             const char    *source_url)
{
  g_assert_cmpint (atlas_note_get_kind (note), ==, kind);
  g_assert_cmpint (atlas_note_get_year (note), ==, year);
  g_assert_cmpint (atlas_note_get_month (note), ==, month);
  g_assert_cmpint (atlas_note_get_day (note), ==, day);
  g_assert_nonnull (atlas_note_get_text (note));
  g_assert_nonnull (atlas_note_get_source (note)->name);
  g_assert_cmpstr (atlas_note_get_source (note)->url, ==, source_url);
}

/* Whether @notes has a note of @kind dated @year-@month-@day (0 for the
 * parts a date leaves out) */
static gboolean
has_note (GListModel    *notes,
          AtlasNoteKind  kind,
          int            year,
          int            month,
          int            day)
{
  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      AtlasNote *note = note_at (notes, i);

      if (atlas_note_get_kind (note) == kind && atlas_note_get_year (note) == year &&
          atlas_note_get_month (note) == month && atlas_note_get_day (note) == day)
        return TRUE;
    }

  return FALSE;
}

/* Each note of the shipped profile where resources/profiles/README.md
 * says, with its kind, date and source; no other item has one */
static void
test_shipped (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_shipped ();
  GListModel *legislation = atlas_profile_get_legislation (profile);
  GListModel *section_notes = atlas_profile_get_section_notes (profile, ATLAS_SECTION_LEGISLATION);
  AtlasItem *convention = atlas_test_find_item (legislation, "council-of-europe-convention-on-cybercrime");
  AtlasItem *minority = atlas_test_find_item (legislation, "penal-code-388");
  AtlasNote *newest = atlas_profile_get_newest_note (profile);
  guint n_item_notes = 0;

  /* 2 on the Legislation section, 1 on the Convention, 2 on article 388,
   * 2 on each of the 5 articles of 2016's sexual offences */
  g_assert_cmpuint (atlas_profile_get_n_notes (profile), ==, 15);
  g_assert_nonnull (newest);
  assert_note (newest, ATLAS_NOTE_KIND_UPDATE, 2024, 4, 8, LAW_2024_URL);

  g_assert_cmpuint (g_list_model_get_n_items (section_notes), ==, 2);
  assert_note (note_at (section_notes, 0), ATLAS_NOTE_KIND_UPDATE, 2022, 6, 1, LAW_2022_URL);
  assert_note (note_at (section_notes, 1), ATLAS_NOTE_KIND_UPDATE, 2024, 4, 8, LAW_2024_URL);
  g_assert_true (g_str_has_prefix (atlas_note_get_text (note_at (section_notes, 0)),
                                   "Belgium rewrote its sexual criminal law in 2022."));
  g_assert_true (g_list_model_get_item_type (section_notes) == ATLAS_TYPE_NOTE);

  for (AtlasSection section = 0; section < ATLAS_N_SECTIONS; section++)
    {
      GListModel *items = atlas_profile_get_section_model (profile, section);

      if (section != ATLAS_SECTION_LEGISLATION)
        g_assert_cmpuint (g_list_model_get_n_items (atlas_profile_get_section_notes (profile, section)), ==, 0);

      /* The Timeline's events that stand for legislation items are
       * counted with them */
      for (guint i = 0; section != ATLAS_SECTION_TIMELINE && i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(AtlasItem) item = g_list_model_get_item (items, i);

          n_item_notes += g_list_model_get_n_items (atlas_item_get_notes (item));
        }
    }
  g_assert_cmpuint (n_item_notes, ==, 13);
  g_assert_cmpuint (g_list_model_get_n_items (atlas_helpline_get_notes (atlas_profile_get_helpline (profile))), ==, 0);

  g_assert_cmpuint (g_list_model_get_n_items (atlas_item_get_notes (convention)), ==, 1);
  assert_note (note_at (atlas_item_get_notes (convention), 0),
               ATLAS_NOTE_KIND_CORRECTION, 2012, 8, 20, "https://www.coe.int");

  /* The Civil Code: no date, no address; the age of consent since 2022 */
  g_assert_cmpuint (g_list_model_get_n_items (atlas_item_get_notes (minority)), ==, 2);
  assert_note (note_at (atlas_item_get_notes (minority), 0), ATLAS_NOTE_KIND_CORRECTION, 0, 0, 0, NULL);
  g_assert_cmpstr (atlas_note_get_source (note_at (atlas_item_get_notes (minority), 0))->name, ==,
                   "Belgian Civil Code, Book I, Title X, article 388");
  assert_note (note_at (atlas_item_get_notes (minority), 1), ATLAS_NOTE_KIND_UPDATE, 2022, 6, 1,
               "https://www.youthforlove.eu/en/nieuwe-sekswet-goedgekeurd-die-veel-beter-aansluit-bij-de-seksuele-moraal-van-de-21ste-eeuw-2/");

  for (guint a = 0; a < G_N_ELEMENTS (penal_code_articles); a++)
    {
      AtlasItem *article = atlas_test_find_item (legislation, penal_code_articles[a]);
      GListModel *notes = atlas_item_get_notes (article);

      g_test_message ("%s", penal_code_articles[a]);
      g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 2);
      assert_note (note_at (notes, 0), ATLAS_NOTE_KIND_UPDATE, 2022, 6, 1, LAW_2022_URL);
      assert_note (note_at (notes, 1), ATLAS_NOTE_KIND_UPDATE, 2024, 4, 8, LAW_2024_URL);
      g_assert_true (g_str_has_prefix (atlas_note_get_text (note_at (notes, 0)), "Replaced on 1 June 2022"));
    }

  /* An item without notes has an empty model, never NULL */
  {
    g_autoptr(AtlasItem) publication = g_list_model_get_item (atlas_profile_get_research (profile), 0);
    GListModel *none = atlas_item_get_notes (publication);
    g_autoptr(GListModel) property = NULL;

    g_assert_nonnull (none);
    g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);
    g_object_get (publication, "notes", &property, NULL);
    g_assert_true (property == none);
  }

  g_assert_finalize_object (g_steal_pointer (&profile));
}

/* A Timeline event that stands for a legislation item shows that item's
 * notes, the same objects, and a search finds the item by its notes */
static void
test_shipped_events (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_shipped ();
  GListModel *events = atlas_profile_get_events (profile);
  AtlasItem *convention = atlas_test_find_item (atlas_profile_get_legislation (profile),
                                                "council-of-europe-convention-on-cybercrime");
  AtlasItem *event = atlas_test_find_item (events, "council-of-europe-convention-on-cybercrime");
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  g_autoptr(GListModel) property = NULL;
  AtlasNote *note;

  g_assert_true (ATLAS_IS_EVENT (event));
  g_assert_true (atlas_item_get_notes (event) == atlas_item_get_notes (convention));
  g_object_get (event, "notes", &property, NULL);
  g_assert_true (property == atlas_item_get_notes (convention));

  note = note_at (atlas_item_get_notes (convention), 0);
  atlas_item_add_search_texts (convention, texts);
  g_assert_true (g_ptr_array_find (texts, atlas_note_get_text (note), NULL));

  /* No event of the Timeline's own has a note */
  for (guint i = 0; i < g_list_model_get_n_items (atlas_profile_get_timeline (profile)); i++)
    {
      g_autoptr(AtlasItem) own = g_list_model_get_item (atlas_profile_get_timeline (profile), i);

      g_assert_cmpuint (g_list_model_get_n_items (atlas_item_get_notes (own)), ==, 0);
    }

  g_assert_finalize_object (g_steal_pointer (&profile));
}

/* What the seed's UPDATES.md (../shared/seed/UPDATES.md) sets out, each
 * checked against the shipped profile: this fails if an item it names
 * lacks its note */
static void
test_updates_md (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_shipped ();
  GListModel *legislation = atlas_profile_get_legislation (profile);
  GListModel *section = atlas_profile_get_section_notes (profile, ATLAS_SECTION_LEGISLATION);
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  AtlasHelpline *helpline = atlas_profile_get_helpline (profile);

  /* 1. and 2.: the 2022 reform and the 2024 Criminal Code, on the
   * Legislation section and on each Penal Code item */
  g_assert_true (has_note (section, ATLAS_NOTE_KIND_UPDATE, 2022, 6, 1));
  g_assert_true (has_note (section, ATLAS_NOTE_KIND_UPDATE, 2024, 4, 8));
  for (guint a = 0; a < G_N_ELEMENTS (penal_code_articles); a++)
    {
      GListModel *notes = atlas_item_get_notes (atlas_test_find_item (legislation, penal_code_articles[a]));

      g_test_message ("%s", penal_code_articles[a]);
      g_assert_true (has_note (notes, ATLAS_NOTE_KIND_UPDATE, 2022, 6, 1));
      g_assert_true (has_note (notes, ATLAS_NOTE_KIND_UPDATE, 2024, 4, 8));
    }

  /* 3.: article 388 is in the Civil Code; the age of consent since 2022 */
  {
    GListModel *notes = atlas_item_get_notes (atlas_test_find_item (legislation, "penal-code-388"));

    g_assert_true (has_note (notes, ATLAS_NOTE_KIND_CORRECTION, 0, 0, 0));
    g_assert_true (has_note (notes, ATLAS_NOTE_KIND_UPDATE, 2022, 6, 1));
  }

  /* 4.: ratified in August 2012, not September */
  g_assert_true (has_note (atlas_item_get_notes (atlas_test_find_item (legislation,
                                                                       "council-of-europe-convention-on-cybercrime")),
                           ATLAS_NOTE_KIND_CORRECTION, 2012, 8, 20));

  /* Every note anywhere: its source has a name, an update's an https
   * address anyone can open */
  for (AtlasSection s = 0; s < ATLAS_N_SECTIONS; s++)
    {
      GListModel *items = atlas_profile_get_section_model (profile, s);
      GListModel *notes = atlas_profile_get_section_notes (profile, s);

      for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
        g_ptr_array_add (all, note_at (notes, i));
      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(AtlasItem) item = g_list_model_get_item (items, i);

          notes = atlas_item_get_notes (item);
          for (guint n = 0; n < g_list_model_get_n_items (notes); n++)
            g_ptr_array_add (all, note_at (notes, n));
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (atlas_helpline_get_notes (helpline)); i++)
    g_ptr_array_add (all, note_at (atlas_helpline_get_notes (helpline), i));

  /* The notes of the events that stand for items among them */
  g_assert_cmpuint (all->len, >=, atlas_profile_get_n_notes (profile));
  for (guint i = 0; i < all->len; i++)
    {
      AtlasNote *note = all->pdata[i];
      AtlasSource *source = atlas_note_get_source (note);

      g_assert_nonnull (source->name);
      g_assert_cmpstr (source->name, !=, "");
      if (atlas_note_get_kind (note) == ATLAS_NOTE_KIND_UPDATE)
        {
          g_assert_nonnull (source->url);
          g_assert_true (g_str_has_prefix (source->url, "https://"));
        }
    }

  g_assert_finalize_object (g_steal_pointer (&profile));
}

static char *
data_file (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "schema", name, NULL);
}

static GBytes *
data_bytes (const char *name)
{
  g_autofree char *path = data_file (name);

  return atlas_test_read_file (path);
}

/* The schema's examples (tests/data/schema/notes-*.json): the loader
 * agrees with the schema, and says where the problem is */
static void
test_schema_examples (void)
{
  static const struct {
    const char *file;
    const char *problem;
  } invalid[] = {
    { "notes-missing-source.json", "legislation.items[0].notes[0].source: missing required field" },
    { "notes-bad-date.json", "legislation.items[0].notes[0].date: 2022-13-01 is not a real date" },
    { "notes-unknown-kind.json",
      "legislation.items[0].notes[0].kind: unknown value \"rumour\" (expected one of: update, correction)" },
    { "notes-update-without-date.json", "legislation.items[0].notes[0].date: an update needs a date" },
  };
  g_autoptr(GBytes) valid_bytes = data_bytes ("notes-valid.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasProfile) valid = atlas_profile_new_from_bytes (valid_bytes, NULL, &error);
  GListModel *notes;

  g_assert_no_error (error);
  notes = atlas_item_get_notes (atlas_test_find_item (atlas_profile_get_legislation (valid), "article-1"));
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 2);
  assert_note (note_at (notes, 0), ATLAS_NOTE_KIND_UPDATE, 2022, 6, 1, "https://example.org/law");
  g_assert_cmpstr (atlas_note_get_text (note_at (notes, 0)), ==, "Replaced in 2022.");
  assert_note (note_at (notes, 1), ATLAS_NOTE_KIND_CORRECTION, 0, 0, 0, NULL);
  g_assert_cmpstr (atlas_note_get_source (note_at (notes, 1))->name, ==, "Testland Civil Code");

  notes = atlas_profile_get_section_notes (valid, ATLAS_SECTION_LEGISLATION);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 1);
  assert_note (note_at (notes, 0), ATLAS_NOTE_KIND_UPDATE, 2022, 0, 0, NULL);

  /* "2022-06-01" is after "2022" */
  g_assert_cmpuint (atlas_profile_get_n_notes (valid), ==, 3);
  g_assert_true (atlas_profile_get_newest_note (valid) ==
                 note_at (atlas_item_get_notes (atlas_test_find_item (atlas_profile_get_legislation (valid),
                                                                      "article-1")), 0));

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GBytes) bytes = data_bytes (invalid[i].file);

      g_test_message ("%s", invalid[i].file);
      atlas_test_assert_one_problem (bytes, invalid[i].problem);
    }
}

/* The minimal profile whose one legislation item has @notes (JSON) */
static GBytes *
legislation_with_notes (const char *notes)
{
  g_autofree char *legislation =
    g_strdup_printf ("{\"intro\": \"Laws.\", \"items\": [{\"id\": \"a\", \"kind\": \"instrument\","
                     " \"title\": \"T\", \"description\": \"D\", \"notes\": %s}]}", notes);

  return atlas_test_profile_with ("legislation", legislation);
}

/* A note with @date (JSON, or %NULL for none) and the other fields right */
static char *
note_dated (const char *kind,
            const char *date)
{
  return g_strdup_printf ("{\"kind\": \"%s\",%s%s%s \"text\": \"Changed.\","
                          " \"source\": {\"name\": \"Official Journal\"}}",
                          kind, date != NULL ? " \"date\": " : "", date != NULL ? date : "",
                          date != NULL ? "," : "");
}

static void
test_dates (void)
{
  static const struct {
    const char *date;
    int         year, month, day;
  } valid[] = {
    { "\"2022-06-01\"", 2022, 6, 1 },
    { "\"2012-08\"", 2012, 8, 0 },
    { "\"2024\"", 2024, 0, 0 },
    { "\"2024-02-29\"", 2024, 2, 29 },
    { "\"1900-01-01\"", 1900, 1, 1 },
    { "\"2100-12-31\"", 2100, 12, 31 },
  };
  static const struct {
    const char *date;
    const char *problem;
  } invalid[] = {
    { "\"2022-13-01\"", "2022-13-01 is not a real date" },
    { "\"2022-02-30\"", "2022-02-30 is not a real date" },
    { "\"2023-02-29\"", "2023-02-29 is not a real date" },
    { "\"2022-00\"", "2022-00 is not a real date" },
    { "\"2022-06-00\"", "2022-06-00 is not a real date" },
    { "\"1850\"", "1850: the year is outside 1900-2100" },
    { "\"2101-01-01\"", "2101-01-01: the year is outside 1900-2100" },
    { "\"2022-6-1\"", "expected a date written as \"2022-06-01\", \"2022-06\" or \"2022\", got \"2022-6-1\"" },
    { "\"22-06-01\"", "expected a date written as \"2022-06-01\", \"2022-06\" or \"2022\", got \"22-06-01\"" },
    { "\"2022/06/01\"", "expected a date written as \"2022-06-01\", \"2022-06\" or \"2022\", got \"2022/06/01\"" },
    { "\"2022-06-01T10:00\"",
      "expected a date written as \"2022-06-01\", \"2022-06\" or \"2022\", got \"2022-06-01T10:00\"" },
    { "\"1 June 2022\"", "expected a date written as \"2022-06-01\", \"2022-06\" or \"2022\", got \"1 June 2022\"" },
    { "\" \"", "must not be empty" },
    { "2022", "expected a string, got 2022" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autofree char *note = note_dated ("update", valid[i].date);
      g_autofree char *notes = g_strdup_printf ("[%s]", note);
      g_autoptr(GBytes) bytes = legislation_with_notes (notes);
      g_autoptr(GError) error = NULL;
      g_autoptr(AtlasProfile) profile = atlas_profile_new_from_bytes (bytes, NULL, &error);
      AtlasNote *loaded;

      g_test_message ("%s", valid[i].date);
      g_assert_no_error (error);
      loaded = note_at (atlas_item_get_notes (atlas_test_find_item (atlas_profile_get_legislation (profile), "a")), 0);
      assert_note (loaded, ATLAS_NOTE_KIND_UPDATE, valid[i].year, valid[i].month, valid[i].day, NULL);
    }

  /* Wrong for a correction as for an update */
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    for (guint k = 0; k < 2; k++)
      {
        g_autofree char *note = note_dated (k == 0 ? "update" : "correction", invalid[i].date);
        g_autofree char *notes = g_strdup_printf ("[%s]", note);
        g_autoptr(GBytes) bytes = legislation_with_notes (notes);
        g_autofree char *expected = g_strconcat ("legislation.items[0].notes[0].date: ", invalid[i].problem, NULL);

        g_test_message ("%s", invalid[i].date);
        atlas_test_assert_one_problem (bytes, expected);
      }
}

static void
test_problems (void)
{
  static const struct {
    const char *notes;
    const char *problem;
  } cases[] = {
    { "[{\"kind\": \"update\", \"date\": \"2022\", \"text\": \"T\"}]",
      "legislation.items[0].notes[0].source: missing required field" },
    { "[{\"kind\": \"update\", \"date\": \"2022\", \"text\": \"T\", \"source\": {\"url\": \"https://example.org\"}}]",
      "legislation.items[0].notes[0].source.name: missing required field" },
    { "[{\"kind\": \"update\", \"date\": \"2022\", \"text\": \"T\", \"source\": {\"name\": \"S\", \"url\": \"ftp://example.org\"}}]",
      "legislation.items[0].notes[0].source.url: only http and https addresses are allowed, got \"ftp://example.org\"" },
    { "[{\"kind\": \"update\", \"date\": \"2022\", \"source\": {\"name\": \"S\"}}]",
      "legislation.items[0].notes[0].text: missing required field" },
    { "[{\"kind\": \"update\", \"date\": \"2022\", \"text\": \"  \", \"source\": {\"name\": \"S\"}}]",
      "legislation.items[0].notes[0].text: must not be empty" },
    { "[{\"date\": \"2022\", \"text\": \"T\", \"source\": {\"name\": \"S\"}}]",
      "legislation.items[0].notes[0].kind: missing required field" },
    { "[{\"kind\": \"rumour\", \"text\": \"T\", \"source\": {\"name\": \"S\"}}]",
      "legislation.items[0].notes[0].kind: unknown value \"rumour\" (expected one of: update, correction)" },
    { "[{\"kind\": \"update\", \"text\": \"T\", \"source\": {\"name\": \"S\"}}]",
      "legislation.items[0].notes[0].date: an update needs a date" },
    { "[{\"kind\": \"update\", \"date\": null, \"text\": \"T\", \"source\": {\"name\": \"S\"}}]",
      "legislation.items[0].notes[0].date: an update needs a date" },
    { "{\"kind\": \"update\"}", "legislation.items[0].notes: expected an array, got an object" },
    { "[\"Changed in 2022\"]", "legislation.items[0].notes[0]: expected an object, got \"Changed in 2022\"" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = legislation_with_notes (cases[i].notes);

      g_test_message ("%s", cases[i].notes);
      atlas_test_assert_one_problem (bytes, cases[i].problem);
    }

  /* A correction needs no date; unknown fields are ignored */
  {
    g_autoptr(GBytes) bytes =
      legislation_with_notes ("[{\"kind\": \"correction\", \"text\": \"T\", \"source\": {\"name\": \"S\"},"
                              " \"reviewer\": \"someone\"}]");
    g_autoptr(GError) error = NULL;
    g_autoptr(AtlasProfile) profile = atlas_profile_new_from_bytes (bytes, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (atlas_profile_get_n_notes (profile), ==, 1);
    g_assert_null (atlas_profile_get_newest_note (profile));
  }
}

/* The JSON of @n notes */
static char *
notes_json (guint n)
{
  g_autoptr(GString) json = g_string_new ("[");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"kind\": \"update\", \"date\": \"%u\", \"text\": \"Note %u.\","
                                  " \"source\": {\"name\": \"S\"}}",
                            i > 0 ? ", " : "", 2001 + i, i);
  g_string_append (json, "]");

  return g_string_free (g_steal_pointer (&json), FALSE);
}

/* At most 16 notes beside an item or a section */
static void
test_at_most_16 (void)
{
  g_autofree char *sixteen = notes_json (ATLAS_NOTES_MAX);
  g_autofree char *seventeen = notes_json (ATLAS_NOTES_MAX + 1);
  g_autofree char *section = g_strdup_printf ("{\"timeline\": %s}", seventeen);
  g_autoptr(GBytes) ok = legislation_with_notes (sixteen);
  g_autoptr(GBytes) too_many = legislation_with_notes (seventeen);
  g_autoptr(GBytes) too_many_on_section = atlas_test_profile_with ("section_notes", section);
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasProfile) profile = atlas_profile_new_from_bytes (ok, NULL, &error);
  AtlasNote *newest;

  g_assert_no_error (error);
  g_assert_cmpuint (atlas_profile_get_n_notes (profile), ==, 16);
  newest = atlas_profile_get_newest_note (profile);
  g_assert_cmpint (atlas_note_get_year (newest), ==, 2016);
  g_assert_cmpstr (atlas_note_get_text (newest), ==, "Note 15.");

  atlas_test_assert_one_problem (too_many, "legislation.items[0].notes: at most 16 notes, got 17");
  atlas_test_assert_one_problem (too_many_on_section, "section_notes.timeline: at most 16 notes, got 17");
}

/* Notes on every kind of item, and on the helpline, each checked with
 * its path */
static void
test_every_item (void)
{
  static const struct {
    const char *member;
    const char *value;  /* %s: the notes */
    const char *path;
    int         section;  /* -1 for the helpline */
    const char *id;
  } places[] = {
    { "statistics", "[{\"id\": \"s\", \"label\": \"L\", \"value\": 1, \"unit\": \"count\", \"year\": 2016,"
                    " \"source\": {\"name\": \"S\"}, \"notes\": %s}]", "statistics[0]", ATLAS_SECTION_OVERVIEW, "s" },
    { "education", "[{\"id\": \"e\", \"title\": \"T\", \"description\": \"D\", \"year\": 2010, \"notes\": %s}]",
      "education[0]", ATLAS_SECTION_EDUCATION, "e" },
    { "law_enforcement", "{\"agency\": \"Police\", \"description\": \"Units.\", \"units\": [{\"id\": \"u\","
                         " \"acronym\": \"U\", \"remit\": \"R\", \"level\": \"national\", \"notes\": %s}]}",
      "law_enforcement.units[0]", ATLAS_SECTION_LAW_ENFORCEMENT, "u" },
    { "organizations", "[{\"id\": \"o\", \"name\": \"N\", \"description\": \"D\", \"kind\": \"ngo\","
                       " \"scope\": \"national\", \"notes\": %s}]", "organizations[0]", ATLAS_SECTION_ORGANIZATIONS, "o" },
    { "research", "[{\"id\": \"r\", \"title\": \"T\", \"year\": 2015, \"authors\": [], \"summary\": \"S\","
                  " \"notes\": %s}]", "research[0]", ATLAS_SECTION_RESEARCH, "r" },
    { "legislation", "{\"intro\": \"Laws.\", \"items\": [{\"id\": \"l\", \"kind\": \"instrument\", \"title\": \"T\","
                     " \"description\": \"D\", \"notes\": %s}]}", "legislation.items[0]", ATLAS_SECTION_LEGISLATION, "l" },
    { "timeline", "[{\"id\": \"t\", \"title\": \"T\", \"description\": \"D\", \"year\": 2014, \"notes\": %s}]",
      "timeline[0]", ATLAS_SECTION_TIMELINE, "t" },
    { "helpline", "{\"name\": \"N\", \"number\": \"116 000\", \"description\": \"D\","
                  " \"source\": {\"name\": \"S\"}, \"notes\": %s}", "helpline", -1, NULL },
  };
  const char *good = "[{\"kind\": \"correction\", \"date\": \"2012-08\", \"text\": \"Right.\","
                     " \"source\": {\"name\": \"S\"}}]";
  const char *bad = "[{\"kind\": \"correction\", \"date\": \"2012-08-32\", \"text\": \"Right.\","
                    " \"source\": {\"name\": \"S\"}}]";

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      g_autofree char *good_value = NULL;
      g_autofree char *bad_value = NULL;
      g_autofree char *expected = NULL;
      g_autoptr(GBytes) good_bytes = NULL;
      g_autoptr(GBytes) bad_bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(AtlasProfile) profile = NULL;
      GListModel *notes;

      g_test_message ("%s", places[i].path);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      good_value = g_strdup_printf (places[i].value, good);
      bad_value = g_strdup_printf (places[i].value, bad);
#pragma GCC diagnostic pop

      good_bytes = atlas_test_profile_with (places[i].member, good_value);
      profile = atlas_profile_new_from_bytes (good_bytes, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (atlas_profile_get_n_notes (profile), ==, 1);

      if (places[i].section < 0)
        notes = atlas_helpline_get_notes (atlas_profile_get_helpline (profile));
      else
        notes = atlas_item_get_notes (atlas_test_find_item (atlas_profile_get_section_model (profile,
                                                                                             places[i].section),
                                                            places[i].id));
      g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 1);
      assert_note (note_at (notes, 0), ATLAS_NOTE_KIND_CORRECTION, 2012, 8, 0, NULL);
      g_assert_cmpstr (atlas_note_get_text (note_at (notes, 0)), ==, "Right.");

      bad_bytes = atlas_test_profile_with (places[i].member, bad_value);
      expected = g_strconcat (places[i].path, ".notes[0].date: 2012-08-32 is not a real date", NULL);
      atlas_test_assert_one_problem (bad_bytes, expected);
    }
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* Loaded in English, put into French and back: a note's text and its
 * source's name follow the language, notified once each time; so do the
 * names of the sources of the statistics and the helpline */
static void
test_retranslate (void)
{
  g_autoptr(AtlasProfile) profile = NULL;
  AtlasItem *article;
  AtlasItem *statistic;
  AtlasHelpline *helpline;
  AtlasNote *note;
  AtlasNote *section_note;
  guint text_notified = 0, source_notified = 0, headline_notified = 0, helpline_notified = 0;

  atlas_language_set ("");
  profile = atlas_test_load_shipped ();
  article = atlas_test_find_item (atlas_profile_get_legislation (profile), "penal-code-372");
  statistic = atlas_test_find_item (atlas_profile_get_statistics (profile), "internet-users");
  helpline = atlas_profile_get_helpline (profile);
  note = note_at (atlas_item_get_notes (article), 1);
  section_note = note_at (atlas_profile_get_section_notes (profile, ATLAS_SECTION_LEGISLATION), 1);

  g_assert_cmpstr (atlas_note_get_text (note), ==, NEW_CODE_NOTE);
  g_assert_cmpstr (atlas_note_get_source (note)->name, ==, NEW_CODE_SOURCE);

  g_signal_connect (note, "notify::text", G_CALLBACK (count_notify_cb), &text_notified);
  g_signal_connect (note, "notify::source", G_CALLBACK (count_notify_cb), &source_notified);
  g_signal_connect (statistic, "notify::headline", G_CALLBACK (count_notify_cb), &headline_notified);
  g_signal_connect (helpline, "notify::source", G_CALLBACK (count_notify_cb), &helpline_notified);

  atlas_language_set ("fr");
  atlas_profile_retranslate (profile);

  /* U+00A0 before the colon */
  g_assert_cmpstr (atlas_note_get_text (note), ==,
                   "Le Code pénal de 1867 est remplacé à partir de 2026 par un nouveau Code pénal "
                   "adopté en 2024\u00a0: tous les numéros d’articles changent.");
  g_assert_cmpstr (atlas_note_get_source (note)->name, ==,
                   "Lois du 29 février 2024 introduisant les livres I et II du Code pénal, "
                   "Moniteur belge du 8 avril 2024");
  g_assert_cmpstr (atlas_note_get_text (section_note), ==,
                   "Un nouveau Code pénal a été adopté en 2024. Il remplace le Code pénal de 1867 à "
                   "partir de 2026, classe toutes les infractions en huit niveaux de peine et change "
                   "tous les numéros d’articles.");
  g_assert_cmpstr (atlas_statistic_get_headline (ATLAS_STATISTIC (statistic))->source->name, ==,
                   "Our World in Data, nombre de personnes utilisant Internet");
  g_assert_cmpstr (atlas_helpline_get_source (helpline)->name, ==,
                   "profil du Belgian Safer Internet Centre, portail européen Better Internet for Kids");
  g_assert_cmpuint (atlas_profile_get_n_untranslated (profile), ==, 0);
  g_assert_cmpuint (text_notified, ==, 1);
  g_assert_cmpuint (source_notified, ==, 1);
  g_assert_cmpuint (headline_notified, ==, 1);
  g_assert_cmpuint (helpline_notified, ==, 1);

  atlas_language_set ("nl");
  atlas_profile_retranslate (profile);
  g_assert_cmpstr (atlas_note_get_source (note)->name, ==,
                   "Wetten van 29 februari 2024 tot invoering van boek I en boek II van het Strafwetboek, "
                   "Belgisch Staatsblad van 8 april 2024");
  g_assert_cmpstr (atlas_note_get_text (note), ==,
                   "Het Strafwetboek van 1867 wordt vanaf 2026 vervangen door een nieuw Strafwetboek "
                   "dat in 2024 werd aangenomen: elk artikelnummer verandert.");
  g_assert_cmpuint (atlas_profile_get_n_untranslated (profile), ==, 0);

  atlas_language_set ("");
  atlas_profile_retranslate (profile);
  g_assert_cmpstr (atlas_note_get_text (note), ==, NEW_CODE_NOTE);
  g_assert_cmpstr (atlas_note_get_source (note)->name, ==, NEW_CODE_SOURCE);
  g_assert_cmpstr (atlas_helpline_get_source (helpline)->name, ==,
                   "Belgian Safer Internet Centre profile, EU Better Internet for Kids portal");
  g_assert_cmpuint (text_notified, ==, 3);
  g_assert_cmpuint (source_notified, ==, 3);

  g_assert_finalize_object (g_steal_pointer (&profile));
}

/* A note the catalogue has no translation of stays English and is marked,
 * not the item it stands beside */
static void
test_untranslated (void)
{
  g_autoptr(GBytes) shipped = atlas_test_shipped_bytes ();
  g_autoptr(GString) edited = g_string_new_len (g_bytes_get_data (shipped, NULL), g_bytes_get_size (shipped));
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasProfile) profile = NULL;
  AtlasItem *convention;
  AtlasNote *note;

  g_assert_cmpuint (g_string_replace (edited, "Belgium ratified the Convention in August 2012",
                                      "A newer note", 1), ==, 1);
  bytes = g_string_free_to_bytes (g_steal_pointer (&edited));

  atlas_language_set ("fr");
  profile = atlas_profile_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);

  convention = atlas_test_find_item (atlas_profile_get_legislation (profile),
                                     "council-of-europe-convention-on-cybercrime");
  note = note_at (atlas_item_get_notes (convention), 0);
  g_assert_true (g_str_has_prefix (atlas_note_get_text (note), "A newer note"));
  g_assert_true (atlas_profile_is_untranslated (profile, note));
  g_assert_false (atlas_profile_is_untranslated (profile, convention));
  /* Its source's name is still translated */
  g_assert_cmpstr (atlas_note_get_source (note)->name, ==,
                   "Bureau des traités du Conseil de l’Europe, tableau des signatures et ratifications du traité 185");
  g_assert_cmpuint (atlas_profile_get_n_untranslated (profile), ==, 1);

  atlas_language_set ("");
}

/* A problem of a note in the app's language */
static void
test_problem_translated (void)
{
  g_autoptr(GBytes) bytes = legislation_with_notes ("[{\"kind\": \"update\", \"date\": \"2022-02-30\","
                                                    " \"text\": \"T\", \"source\": {\"name\": \"S\"}}]");

  atlas_language_set ("fr");
  atlas_test_assert_one_problem (bytes, "legislation.items[0].notes[0].date: 2022-02-30 n’est pas une date qui existe");
  atlas_language_set ("nl");
  atlas_test_assert_one_problem (bytes, "legislation.items[0].notes[0].date: 2022-02-30 is geen bestaande datum");
  atlas_language_set ("");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  atlas_test_bind_catalogue ();
  atlas_language_set ("");

  g_test_add_func ("/Atlas/Notes/shipped", test_shipped);
  g_test_add_func ("/Atlas/Notes/shipped-events", test_shipped_events);
  g_test_add_func ("/Atlas/Notes/updates-md", test_updates_md);
  g_test_add_func ("/Atlas/Notes/schema-examples", test_schema_examples);
  g_test_add_func ("/Atlas/Notes/dates", test_dates);
  g_test_add_func ("/Atlas/Notes/problems", test_problems);
  g_test_add_func ("/Atlas/Notes/at-most-16", test_at_most_16);
  g_test_add_func ("/Atlas/Notes/every-item", test_every_item);
  g_test_add_func ("/Atlas/Notes/retranslate", test_retranslate);
  g_test_add_func ("/Atlas/Notes/untranslated", test_untranslated);
  g_test_add_func ("/Atlas/Notes/problem-translated", test_problem_translated);

  return g_test_run ();
}
