/* atlas-profile-translate.c: a profile's texts in the language of the moment
 *
 * The parser keeps every text as the file writes it, in English. Once the
 * profile is loaded, each text that is translated is registered with its
 * English (atlas-translations.c): those of the profile itself, of the
 * helpline, of each item, which its class names
 * (atlas_item_add_translations()), and of every note and source. They
 * are translated then, and again, without reading or parsing the file,
 * when the app's language changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-profile-translate"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-item.h"
#include "atlas-profile-private.h"

/**
 * atlas_profile_translation_language:
 *
 * The language profiles are translated into now: that of the app's
 * translation, "en" when it runs in English or in a language it has no
 * translation for. See #AtlasProfile:language.
 *
 * Returns: a language code
 */
const char *
atlas_profile_translation_language (void)
{
  /* TRANSLATORS: the code of the language you translate into, "fr" or
   * "nl". When it is not "en", the app shows the texts of the profiles in
   * your translation (see docs/translating.md). */
  return C_("content language", "en");
}

/* A text of the profile object itself, marked on its own when it stays
 * English: the app asks about each one */
static void
add_profile_text (AtlasProfile *self,
                  const char   *property,
                  char        **slot,
                  const char   *context)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), property);

  g_assert (pspec != NULL);
  atlas_translations_add_own_mark (self->translations, G_OBJECT (self), pspec, slot, context);
}

static void
add_items (AtlasProfile *self,
           GListStore   *store)
{
  GListModel *model = G_LIST_MODEL (store);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AtlasItem) item = g_list_model_get_item (model, i);

      atlas_item_add_translations (item, self->translations);
    }
}

/* Puts every text into the language of the moment */
static void
apply (AtlasProfile *self,
       gboolean      notify)
{
  const char *language = atlas_profile_translation_language ();

  atlas_translations_apply (self->translations, !g_str_equal (language, "en"), notify,
                            self->untranslated);
  atlas_profile_set_language (self, language);
}

/*
 * atlas_profile_translate:
 *
 * Registers every text of a profile just loaded that is translated, and
 * translates them into the language of the moment: for the loader, once
 * the models hold every item, the events included. Nothing is notified:
 * no one knows the profile yet.
 */
void
atlas_profile_translate (AtlasProfile *self)
{
  GListStore *models[] = {
    self->statistics, self->education, self->police_units, self->organizations,
    self->research, self->legislation,
    self->events,  /* the timeline's own events, and those that stand for other items */
  };

  g_return_if_fail (self->translations == NULL);

  self->translations = atlas_translations_new ();

  add_profile_text (self, "country-name", &self->country_name, "country name");
  add_profile_text (self, "edition-note", &self->edition_note, "edition note");
  add_profile_text (self, "statistics-note", &self->statistics_note, "statistics note");
  add_profile_text (self, "law-enforcement-agency", &self->law_enforcement_agency,
                    "police agency");
  add_profile_text (self, "law-enforcement-description", &self->law_enforcement_description,
                    "law enforcement description");
  add_profile_text (self, "legislation-intro", &self->legislation_intro, "legislation intro");

  if (self->helpline != NULL)
    atlas_helpline_add_translations (self->helpline, self->translations);

  for (guint i = 0; i < G_N_ELEMENTS (self->section_notes); i++)
    if (self->section_notes[i] != NULL)
      atlas_notes_add_translations (self->section_notes[i], self->translations);

  for (guint m = 0; m < G_N_ELEMENTS (models); m++)
    add_items (self, models[m]);

  apply (self, FALSE);
}

/**
 * atlas_profile_retranslate:
 *
 * Puts the texts of the profile into the language the app now runs in
 * (after atlas_language_set()), from the English it keeps: no file is
 * read, no JSON parsed. Every text that changes is notified on its
 * object: the title or description of an item, a property of the
 * helpline or of a statistic, a property of the profile. Which texts are
 * marked as untranslated changes with the language, which is notified
 * last (#AtlasProfile:language). Nothing is notified when nothing
 * changes. A string that a getter returned before is freed when its text
 * changes: read it again when notified.
 *
 * Call it on the main thread: gettext reads the language from the
 * environment, which only the main thread changes (atlas-language.c).
 */
void
atlas_profile_retranslate (AtlasProfile *self)
{
  g_return_if_fail (ATLAS_IS_PROFILE (self));

  /* A profile the loader did not make (atlas_profile_new_empty()) */
  if (self->translations == NULL)
    self->translations = atlas_translations_new ();

  apply (self, TRUE);
}
