/* test-profile.c: a loaded profile translated again after a language switch, without loading it again
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "atlas-event.h"
#include "atlas-helpline.h"
#include "atlas-item.h"
#include "atlas-language.h"
#include "atlas-legal-item.h"
#include "atlas-note.h"
#include "atlas-profile.h"
#include "atlas-search-index.h"
#include "atlas-statistic.h"
#include "atlas-test-i18n.h"
#include "atlas-test-profile.h"

/* The profile loaded in @language; the bytes it was read from are gone
 * when it is returned */
static AtlasProfile *
load_in (GBytes     *bytes,
         const char *language)
{
  g_autoptr(GError) error = NULL;
  AtlasProfile *profile;

  atlas_language_set (language);
  profile = atlas_profile_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (profile);

  return profile;
}

static AtlasProfile *
load_shipped_in (const char *language)
{
  g_autoptr(GBytes) bytes = atlas_test_shipped_bytes ();

  return load_in (bytes, language);
}

static void
assert_same_figure (const AtlasFigure *a,
                    const AtlasFigure *b)
{
  g_assert_true ((a == NULL) == (b == NULL));
  if (a == NULL)
    return;

  g_assert_cmpstr (a->counted, ==, b->counted);
  g_assert_cmpstr (a->period, ==, b->period);
  g_assert_cmpstr (a->source->name, ==, b->source->name);
}

/* The texts of two lists of notes, and the names of their sources */
static void
assert_same_notes (GListModel *a,
                   GListModel *b)
{
  g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr(AtlasNote) na = g_list_model_get_item (a, i);
      g_autoptr(AtlasNote) nb = g_list_model_get_item (b, i);

      g_assert_cmpstr (atlas_note_get_text (na), ==, atlas_note_get_text (nb));
      g_assert_cmpstr (atlas_note_get_source (na)->name, ==, atlas_note_get_source (nb)->name);
    }
}

/* Every text of @a is that of @b, and marked as untranslated alike */
static void
assert_same_texts (AtlasProfile *a,
                   AtlasProfile *b)
{
  AtlasHelpline *ha = atlas_profile_get_helpline (a);
  AtlasHelpline *hb = atlas_profile_get_helpline (b);

  g_assert_cmpstr (atlas_profile_get_language (a), ==, atlas_profile_get_language (b));
  g_assert_cmpuint (atlas_profile_get_n_untranslated (a), ==, atlas_profile_get_n_untranslated (b));

  g_assert_cmpstr (atlas_profile_get_country_name (a), ==, atlas_profile_get_country_name (b));
  g_assert_cmpstr (atlas_profile_get_edition_note (a), ==, atlas_profile_get_edition_note (b));
  g_assert_cmpstr (atlas_profile_get_statistics_note (a), ==, atlas_profile_get_statistics_note (b));
  g_assert_cmpstr (atlas_profile_get_law_enforcement_agency (a), ==,
                   atlas_profile_get_law_enforcement_agency (b));
  g_assert_cmpstr (atlas_profile_get_law_enforcement_description (a), ==,
                   atlas_profile_get_law_enforcement_description (b));
  g_assert_cmpstr (atlas_profile_get_legislation_intro (a), ==, atlas_profile_get_legislation_intro (b));

  g_assert_cmpstr (atlas_helpline_get_cost (ha), ==, atlas_helpline_get_cost (hb));
  g_assert_cmpstr (atlas_helpline_get_hours (ha), ==, atlas_helpline_get_hours (hb));
  g_assert_cmpstrv (atlas_helpline_get_channels (ha), atlas_helpline_get_channels (hb));
  g_assert_cmpstr (atlas_helpline_get_description (ha), ==, atlas_helpline_get_description (hb));
  g_assert_cmpstr (atlas_helpline_get_source (ha)->name, ==, atlas_helpline_get_source (hb)->name);
  assert_same_notes (atlas_helpline_get_notes (ha), atlas_helpline_get_notes (hb));
  g_assert_cmpint (atlas_profile_is_untranslated (a, ha), ==, atlas_profile_is_untranslated (b, hb));

  for (AtlasSection section = 0; section < ATLAS_N_SECTIONS; section++)
    {
      GListModel *ma = atlas_profile_get_section_model (a, section);
      GListModel *mb = atlas_profile_get_section_model (b, section);

      assert_same_notes (atlas_profile_get_section_notes (a, section),
                         atlas_profile_get_section_notes (b, section));

      g_assert_cmpuint (g_list_model_get_n_items (ma), ==, g_list_model_get_n_items (mb));
      for (guint i = 0; i < g_list_model_get_n_items (ma); i++)
        {
          g_autoptr(AtlasItem) ia = g_list_model_get_item (ma, i);
          g_autoptr(AtlasItem) ib = g_list_model_get_item (mb, i);

          g_assert_cmpstr (atlas_item_get_id (ia), ==, atlas_item_get_id (ib));
          g_assert_cmpstr (atlas_item_get_title (ia), ==, atlas_item_get_title (ib));
          g_assert_cmpstr (atlas_item_get_description (ia), ==, atlas_item_get_description (ib));
          g_assert_cmpint (atlas_profile_is_untranslated (a, ia), ==, atlas_profile_is_untranslated (b, ib));
          assert_same_notes (atlas_item_get_notes (ia), atlas_item_get_notes (ib));

          if (ATLAS_IS_LEGAL_ITEM (ia))
            {
              g_assert_cmpstr (atlas_legal_item_get_code (ATLAS_LEGAL_ITEM (ia)), ==,
                               atlas_legal_item_get_code (ATLAS_LEGAL_ITEM (ib)));
              g_assert_cmpstr (atlas_legal_item_get_part (ATLAS_LEGAL_ITEM (ia)), ==,
                               atlas_legal_item_get_part (ATLAS_LEGAL_ITEM (ib)));
              g_assert_cmpstr (atlas_legal_item_get_penalty (ATLAS_LEGAL_ITEM (ia)), ==,
                               atlas_legal_item_get_penalty (ATLAS_LEGAL_ITEM (ib)));
            }

          if (ATLAS_IS_STATISTIC (ia))
            {
              GPtrArray *history_a = atlas_statistic_get_history (ATLAS_STATISTIC (ia));
              GPtrArray *history_b = atlas_statistic_get_history (ATLAS_STATISTIC (ib));
              GPtrArray *series_a = atlas_statistic_get_series (ATLAS_STATISTIC (ia));
              GPtrArray *series_b = atlas_statistic_get_series (ATLAS_STATISTIC (ib));

              assert_same_figure (atlas_statistic_get_headline (ATLAS_STATISTIC (ia)),
                                  atlas_statistic_get_headline (ATLAS_STATISTIC (ib)));
              assert_same_figure (atlas_statistic_get_secondary (ATLAS_STATISTIC (ia)),
                                  atlas_statistic_get_secondary (ATLAS_STATISTIC (ib)));
              g_assert_cmpuint (history_a->len, ==, history_b->len);
              for (guint h = 0; h < history_a->len; h++)
                assert_same_figure (g_ptr_array_index (history_a, h), g_ptr_array_index (history_b, h));
              g_assert_cmpuint (series_a->len, ==, series_b->len);
              for (guint s = 0; s < series_a->len; s++)
                {
                  AtlasSeries *sa = g_ptr_array_index (series_a, s);
                  AtlasSeries *sb = g_ptr_array_index (series_b, s);

                  g_assert_cmpstr (sa->label, ==, sb->label);
                  g_assert_cmpstr (sa->source->name, ==, sb->source->name);
                }
            }
        }
    }
}

/* Notifications, counted by "TypeName:property" */
static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 GHashTable *counts)
{
  char *key = g_strdup_printf ("%s:%s", G_OBJECT_TYPE_NAME (object), pspec->name);
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));

  g_hash_table_replace (counts, key, GUINT_TO_POINTER (n + 1));
}

static void
watch (gpointer    object,
       GHashTable *counts)
{
  g_signal_connect (object, "notify", G_CALLBACK (count_notify_cb), counts);
}

static guint
count (GHashTable *counts,
       const char *key)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));
}

static guint
count_all (GHashTable *counts)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    n += GPOINTER_TO_UINT (value);

  return n;
}

/* Loaded in English, then put into French: the texts are those of the
 * French catalogue (po/fr.po), each change is notified once, a second
 * retranslation into the same language notifies nothing, and English
 * again gives the file's texts */
static void
test_retranslate_notifies (void)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(AtlasProfile) profile = load_shipped_in ("");
  AtlasHelpline *helpline = atlas_profile_get_helpline (profile);
  AtlasItem *initiative = atlas_test_find_item (atlas_profile_get_education (profile), "esafety-label-2015");
  AtlasItem *event = atlas_test_find_item (atlas_profile_get_events (profile), "esafety-label-2015");
  AtlasItem *law = atlas_test_find_item (atlas_profile_get_legislation (profile), "penal-code-375");
  AtlasItem *population = atlas_test_find_item (atlas_profile_get_statistics (profile), "population-0-14");
  AtlasItem *publication = atlas_test_find_item (atlas_profile_get_research (profile), "combatting-child-sexual-abuse-2015");
  g_autofree char *english_title = g_strdup (atlas_item_get_title (initiative));
  g_autofree char *english_description = g_strdup (atlas_item_get_description (initiative));
  g_autofree char *english_publication_title = g_strdup (atlas_item_get_title (publication));
  g_autofree char *french_intro = NULL;

  g_assert_cmpstr (atlas_profile_get_language (profile), ==, "en");
  g_assert_cmpstr (english_title, ==, "eSafety label for schools");
  g_assert_cmpstr (atlas_item_get_title (event), ==, english_title);
  g_assert_cmpuint (atlas_item_get_section (event), ==, ATLAS_SECTION_EDUCATION);

  watch (profile, counts);
  watch (helpline, counts);
  watch (initiative, counts);
  watch (event, counts);
  watch (law, counts);
  watch (population, counts);
  watch (publication, counts);

  atlas_language_set ("fr");
  atlas_profile_retranslate (profile);

  /* The msgstr of po/fr.po for each */
  g_assert_cmpstr (atlas_profile_get_language (profile), ==, "fr");
  g_assert_cmpstr (atlas_profile_get_country_name (profile), ==, "Belgique");
  g_assert_cmpstr (atlas_item_get_title (initiative), ==, "Label eSafety pour les écoles");
  g_assert_cmpstr (atlas_item_get_title (event), ==, "Label eSafety pour les écoles");
  g_assert_cmpstr (atlas_item_get_description (event), ==, atlas_item_get_description (initiative));
  g_assert_cmpstr (atlas_item_get_description (initiative), !=, english_description);
  g_assert_nonnull (strstr (atlas_legal_item_get_code (ATLAS_LEGAL_ITEM (law)), "Code pénal"));
  g_assert_cmpstr (atlas_helpline_get_channels (helpline)[0], ==, "téléphone");
  g_assert_cmpstr (atlas_statistic_get_headline (ATLAS_STATISTIC (population))->counted, ==,
                   "personnes de 0 à 14 ans");
  /* A publication's title is a citation: it stays */
  g_assert_cmpstr (atlas_item_get_title (publication), ==, english_publication_title);
  /* The shipped profile is translated whole */
  g_assert_cmpuint (atlas_profile_get_n_untranslated (profile), ==, 0);
  g_assert_false (atlas_profile_is_untranslated (profile, initiative));

  /* Each property that changed, once; the language once */
  g_assert_cmpuint (count (counts, "AtlasProfile:language"), ==, 1);
  g_assert_cmpuint (count (counts, "AtlasProfile:country-name"), ==, 1);
  g_assert_cmpuint (count (counts, "AtlasProfile:legislation-intro"), ==, 1);
  g_assert_cmpuint (count (counts, "AtlasInitiative:title"), ==, 1);
  g_assert_cmpuint (count (counts, "AtlasInitiative:description"), ==, 1);
  g_assert_cmpuint (count (counts, "AtlasEvent:title"), ==, 1);
  g_assert_cmpuint (count (counts, "AtlasLegalItem:code"), ==, 1);
  g_assert_cmpuint (count (counts, "AtlasHelpline:channels"), ==, 1);
  g_assert_cmpuint (count (counts, "AtlasStatistic:headline"), ==, 1);
  g_assert_cmpuint (count (counts, "AtlasPublication:description"), ==, 1);
  g_assert_cmpuint (count (counts, "AtlasPublication:title"), ==, 0);

  /* Nothing changes: nothing is notified */
  g_hash_table_remove_all (counts);
  atlas_profile_retranslate (profile);
  g_assert_cmpuint (count_all (counts), ==, 0);
  g_assert_cmpstr (atlas_profile_get_language (profile), ==, "fr");

  /* English again: the texts of the file */
  french_intro = g_strdup (atlas_profile_get_legislation_intro (profile));
  atlas_language_set ("");
  atlas_profile_retranslate (profile);
  g_assert_cmpstr (atlas_profile_get_language (profile), ==, "en");
  g_assert_cmpstr (atlas_profile_get_country_name (profile), ==, "Belgium");
  g_assert_cmpstr (atlas_item_get_title (initiative), ==, english_title);
  g_assert_cmpstr (atlas_item_get_description (initiative), ==, english_description);
  g_assert_cmpstr (atlas_item_get_title (event), ==, english_title);
  g_assert_cmpstr (atlas_helpline_get_channels (helpline)[0], ==, "phone");
  g_assert_cmpstr (atlas_profile_get_legislation_intro (profile), !=, french_intro);
  g_assert_cmpuint (atlas_profile_get_n_untranslated (profile), ==, 0);
  g_assert_cmpuint (count (counts, "AtlasProfile:language"), ==, 1);
  g_assert_cmpuint (count (counts, "AtlasInitiative:title"), ==, 1);

  g_hash_table_remove_all (counts);
  atlas_profile_retranslate (profile);
  g_assert_cmpuint (count_all (counts), ==, 0);

  g_assert_finalize_object (g_steal_pointer (&profile));
}

/* A profile loaded in one language and translated into another has the
 * texts, marks and language it would have had if loaded in that one */
static void
test_retranslate_like_a_load (void)
{
  static const char * const languages[] = { "fr", "nl", "de", "", "nl", "fr" };
  g_autoptr(AtlasProfile) profile = load_shipped_in ("fr");

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autoptr(AtlasProfile) loaded = load_shipped_in (languages[i]);

      g_test_message ("LANGUAGE=%s", languages[i]);
      atlas_profile_retranslate (profile);
      assert_same_texts (profile, loaded);
    }

  atlas_language_set ("");
}

/* Texts the catalogue does not know stay English in every language, and
 * what holds them is marked, in the language of the moment only */
static void
test_retranslate_untranslated (void)
{
  g_autoptr(GBytes) shipped = atlas_test_shipped_bytes ();
  g_autoptr(GString) edited = g_string_new_len (g_bytes_get_data (shipped, NULL), g_bytes_get_size (shipped));
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(AtlasProfile) profile = NULL;
  const char *new_text = "A description of a newer edition, not translated yet.";
  AtlasItem *changed, *other, *law;

  g_assert_cmpuint (g_string_replace (edited, "A website for and by teachers", "A new website for teachers", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (edited, "This section contains details", new_text, 1), ==, 1);
  bytes = g_string_free_to_bytes (g_steal_pointer (&edited));

  profile = load_in (bytes, "");
  g_clear_pointer (&bytes, g_bytes_unref);
  changed = atlas_test_find_item (atlas_profile_get_organizations (profile), "klascement");
  other = atlas_test_find_item (atlas_profile_get_organizations (profile), "child-focus");
  law = atlas_test_find_item (atlas_profile_get_legislation (profile), "penal-code-375");
  g_assert_cmpuint (atlas_profile_get_n_untranslated (profile), ==, 0);

  for (guint pass = 0; pass < 2; pass++)
    {
      const char *language = pass == 0 ? "fr" : "nl";

      atlas_language_set (language);
      atlas_profile_retranslate (profile);
      g_assert_cmpstr (atlas_profile_get_language (profile), ==, language);
      g_assert_true (g_str_has_prefix (atlas_item_get_description (changed), "A new website for teachers"));
      g_assert_true (atlas_profile_is_untranslated (profile, changed));
      g_assert_false (atlas_profile_is_untranslated (profile, other));
      g_assert_false (atlas_profile_is_untranslated (profile, law));
      g_assert_true (g_str_has_prefix (atlas_profile_get_legislation_intro (profile), new_text));
      g_assert_true (atlas_profile_is_untranslated (profile, atlas_profile_get_legislation_intro (profile)));
      g_assert_false (atlas_profile_is_untranslated (profile, atlas_profile_get_law_enforcement_description (profile)));
      g_assert_cmpuint (atlas_profile_get_n_untranslated (profile), ==, 2);
    }

  atlas_language_set ("");
  atlas_profile_retranslate (profile);
  g_assert_cmpstr (atlas_profile_get_language (profile), ==, "en");
  g_assert_false (atlas_profile_is_untranslated (profile, changed));
  g_assert_cmpuint (atlas_profile_get_n_untranslated (profile), ==, 0);
}

/* The search index of a profile follows its language: the Dutch name of
 * the penal code is found once the profile is in Dutch */
static void
test_retranslate_search_index (void)
{
  g_autoptr(AtlasProfile) profile = load_shipped_in ("");
  g_autoptr(AtlasSearchIndex) index = atlas_search_index_new (profile);
  guint n_items = atlas_search_index_get_n_items (index);
  g_autoptr(GArray) english = atlas_search_index_query (index, "strafwetboek");
  g_autoptr(GArray) dutch = NULL;
  int law;

  g_assert_cmpuint (english->len, ==, 0);

  atlas_language_set ("nl");
  atlas_profile_retranslate (profile);
  dutch = atlas_search_index_query (index, "strafwetboek");
  g_assert_cmpuint (dutch->len, >, 0);
  g_assert_cmpuint (atlas_search_index_get_n_items (index), ==, n_items);

  law = atlas_search_index_lookup (index, ATLAS_SECTION_LEGISLATION, "penal-code-375");
  g_assert_cmpint (law, >=, 0);
  g_assert_cmpstr (atlas_search_index_get_title (index, law), ==,
                   atlas_item_get_title (atlas_test_find_item (atlas_profile_get_legislation (profile), "penal-code-375")));
  for (guint i = 0; i < n_items; i++)
    g_assert_nonnull (atlas_search_index_get_title (index, i));

  atlas_language_set ("");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  atlas_test_bind_catalogue ();

  g_test_add_func ("/Atlas/Profile/retranslate/notifies", test_retranslate_notifies);
  g_test_add_func ("/Atlas/Profile/retranslate/like-a-load", test_retranslate_like_a_load);
  g_test_add_func ("/Atlas/Profile/retranslate/untranslated", test_retranslate_untranslated);
  g_test_add_func ("/Atlas/Profile/retranslate/search-index", test_retranslate_search_index);

  return g_test_run ();
}
