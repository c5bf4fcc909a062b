/* atlas-profile.c: a country profile, loaded from a JSON file
 *
 * The loader (atlas-profile-loader.c) fills it; atlas-profile-gather.c
 * gathers its Timeline and its notes; atlas-profile-translate.c puts its
 * texts into the language of the moment.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-profile"

#include "config.h"

#include "atlas-event.h"
#include "atlas-initiative.h"
#include "atlas-legal-item.h"
#include "atlas-organization.h"
#include "atlas-police-unit.h"
#include "atlas-profile-private.h"
#include "atlas-publication.h"
#include "atlas-statistic.h"

G_DEFINE_FINAL_TYPE (AtlasProfile, atlas_profile, G_TYPE_OBJECT)

G_DEFINE_QUARK (atlas-profile-error-quark, atlas_profile_error)

enum {
  PROP_0,
  PROP_FORMAT_VERSION,
  PROP_COUNTRY_CODE,
  PROP_COUNTRY_NAME,
  PROP_EDITION_YEAR,
  PROP_EDITION_TITLE,
  PROP_EDITION_NOTE,
  PROP_STATISTICS_NOTE,
  PROP_LAW_ENFORCEMENT_AGENCY,
  PROP_LAW_ENFORCEMENT_DESCRIPTION,
  PROP_LEGISLATION_INTRO,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_profile_finalize (GObject *object)
{
  AtlasProfile *self = ATLAS_PROFILE (object);

  g_free (self->country_code);
  g_free (self->country_name);
  g_free (self->edition_title);
  g_free (self->edition_publisher);
  g_free (self->edition_note);
  g_clear_object (&self->helpline);
  g_free (self->statistics_note);
  g_free (self->law_enforcement_agency);
  g_free (self->law_enforcement_description);
  g_free (self->legislation_intro);
  g_clear_pointer (&self->translations, atlas_translations_free);
  g_free (self->language);
  g_clear_pointer (&self->untranslated, g_hash_table_unref);

  g_clear_object (&self->statistics);
  g_clear_object (&self->education);
  g_clear_object (&self->police_units);
  g_clear_object (&self->organizations);
  g_clear_object (&self->research);
  g_clear_object (&self->legislation);
  g_clear_object (&self->timeline);
  g_clear_object (&self->events);
  for (guint i = 0; i < G_N_ELEMENTS (self->section_notes); i++)
    g_clear_object (&self->section_notes[i]);

  G_OBJECT_CLASS (atlas_profile_parent_class)->finalize (object);
}

static void
atlas_profile_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AtlasProfile *self = ATLAS_PROFILE (object);

  switch (prop_id)
    {
    case PROP_FORMAT_VERSION:
      g_value_set_int (value, self->format_version);
      break;

    case PROP_COUNTRY_CODE:
      g_value_set_string (value, self->country_code);
      break;

    case PROP_COUNTRY_NAME:
      g_value_set_string (value, self->country_name);
      break;

    case PROP_EDITION_YEAR:
      g_value_set_int (value, self->edition_year);
      break;

    case PROP_EDITION_TITLE:
      g_value_set_string (value, self->edition_title);
      break;

    case PROP_EDITION_NOTE:
      g_value_set_string (value, self->edition_note);
      break;

    case PROP_STATISTICS_NOTE:
      g_value_set_string (value, self->statistics_note);
      break;

    case PROP_LAW_ENFORCEMENT_AGENCY:
      g_value_set_string (value, self->law_enforcement_agency);
      break;

    case PROP_LAW_ENFORCEMENT_DESCRIPTION:
      g_value_set_string (value, self->law_enforcement_description);
      break;

    case PROP_LEGISLATION_INTRO:
      g_value_set_string (value, self->legislation_intro);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_profile_class_init (AtlasProfileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_profile_finalize;
  object_class->get_property = atlas_profile_get_property;

  /**
   * AtlasProfile:format-version:
   *
   * The version of the file format the profile was written in.
   */
  properties[PROP_FORMAT_VERSION] =
    g_param_spec_int ("format-version", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasProfile:country-code:
   *
   * The ISO 3166-1 alpha-2 code of the country, e.g. "BE".
   */
  properties[PROP_COUNTRY_CODE] =
    g_param_spec_string ("country-code", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasProfile:country-name:
   *
   * The name of the country, e.g. "Belgium", translated.
   */
  properties[PROP_COUNTRY_NAME] =
    g_param_spec_string ("country-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasProfile:edition-year:
   *
   * The year of the GRID edition the profile reproduces.
   */
  properties[PROP_EDITION_YEAR] =
    g_param_spec_int ("edition-year", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasProfile:edition-title:
   *
   * The title of the directory the profile comes from.
   */
  properties[PROP_EDITION_TITLE] =
    g_param_spec_string ("edition-title", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasProfile:edition-note:
   *
   * A note on the edition, translated, or %NULL.
   */
  properties[PROP_EDITION_NOTE] =
    g_param_spec_string ("edition-note", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasProfile:statistics-note:
   *
   * A note on the statistics, translated, or %NULL.
   */
  properties[PROP_STATISTICS_NOTE] =
    g_param_spec_string ("statistics-note", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasProfile:law-enforcement-agency:
   *
   * The agency in charge of online crime, translated.
   */
  properties[PROP_LAW_ENFORCEMENT_AGENCY] =
    g_param_spec_string ("law-enforcement-agency", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasProfile:law-enforcement-description:
   *
   * How law enforcement is organized, translated.
   */
  properties[PROP_LAW_ENFORCEMENT_DESCRIPTION] =
    g_param_spec_string ("law-enforcement-description", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasProfile:legislation-intro:
   *
   * The introduction of the Legislation section, translated.
   */
  properties[PROP_LEGISLATION_INTRO] =
    g_param_spec_string ("legislation-intro", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasProfile:language:
   *
   * The language of the profile's texts: "en" as the files are written,
   * or that of the app's translation ("fr", "nl"). It changes, and with
   * it the texts and which of them are marked as untranslated, when
   * atlas_profile_retranslate() follows a language switch.
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         "en",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_profile_init (AtlasProfile *self)
{
  self->statistics = g_list_store_new (ATLAS_TYPE_STATISTIC);
  self->education = g_list_store_new (ATLAS_TYPE_INITIATIVE);
  self->police_units = g_list_store_new (ATLAS_TYPE_POLICE_UNIT);
  self->organizations = g_list_store_new (ATLAS_TYPE_ORGANIZATION);
  self->research = g_list_store_new (ATLAS_TYPE_PUBLICATION);
  self->legislation = g_list_store_new (ATLAS_TYPE_LEGAL_ITEM);
  self->timeline = g_list_store_new (ATLAS_TYPE_EVENT);
  self->events = g_list_store_new (ATLAS_TYPE_EVENT);
  self->language = g_strdup ("en");
  self->untranslated = g_hash_table_new (NULL, NULL);
}

AtlasProfile *
atlas_profile_new_empty (void)
{
  return g_object_new (ATLAS_TYPE_PROFILE, NULL);
}

int
atlas_profile_get_format_version (AtlasProfile *self)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (self), 0);

  return self->format_version;
}

const char *
atlas_profile_get_country_code (AtlasProfile *self)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (self), NULL);

  return self->country_code;
}

const char *
atlas_profile_get_country_name (AtlasProfile *self)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (self), NULL);

  return self->country_name;
}

int
atlas_profile_get_edition_year (AtlasProfile *self)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (self), 0);

  return self->edition_year;
}

const char *
atlas_profile_get_edition_title (AtlasProfile *self)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (self), NULL);

  return self->edition_title;
}

const char *
atlas_profile_get_edition_publisher (AtlasProfile *self)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (self), NULL);

  return self->edition_publisher;
}

const char *
atlas_profile_get_edition_note (AtlasProfile *self)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (self), NULL);

  return self->edition_note;
}

/**
 * atlas_profile_get_helpline:
 *
 * Returns: (transfer none) (nullable): the helpline, if the profile has one
 */
AtlasHelpline *
atlas_profile_get_helpline (AtlasProfile *self)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (self), NULL);

  return self->helpline;
}

const char *
atlas_profile_get_statistics_note (AtlasProfile *self)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (self), NULL);

  return self->statistics_note;
}

const char *
atlas_profile_get_law_enforcement_agency (AtlasProfile *self)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (self), NULL);

  return self->law_enforcement_agency;
}

const char *
atlas_profile_get_law_enforcement_description (AtlasProfile *self)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (self), NULL);

  return self->law_enforcement_description;
}

const char *
atlas_profile_get_legislation_intro (AtlasProfile *self)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (self), NULL);

  return self->legislation_intro;
}

const char *
atlas_profile_get_language (AtlasProfile *self)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (self), NULL);

  return self->language;
}

/*
 * atlas_profile_set_language:
 *
 * Says which language the texts are in now: for atlas-profile-translate.c.
 */
void
atlas_profile_set_language (AtlasProfile *self,
                            const char   *language)
{
  if (g_strcmp0 (self->language, language) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (language);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/**
 * atlas_profile_is_untranslated:
 * @what: an item of one of the profile's models, its helpline, or a
 *   string the profile returns (its legislation intro, say)
 *
 * Whether @what is shown in English although the profile is in another
 * language, because the catalogue has no translation of it (or of one of
 * its texts). The app marks such texts for the reader. Always %FALSE for
 * a profile in English. A profile's string is asked about as it is now:
 * a language switch (atlas_profile_retranslate()) may replace it.
 *
 * Returns: whether @what kept English text
 */
gboolean
atlas_profile_is_untranslated (AtlasProfile  *self,
                               gconstpointer  what)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (self), FALSE);

  return what != NULL && g_hash_table_contains (self->untranslated, what);
}

/**
 * atlas_profile_get_n_untranslated:
 *
 * Returns: how many items and texts of the profile kept English text for
 *   want of a translation
 */
guint
atlas_profile_get_n_untranslated (AtlasProfile *self)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (self), 0);

  return g_hash_table_size (self->untranslated);
}

/**
 * atlas_profile_get_statistics:
 *
 * Returns: (transfer none): a model of #AtlasStatistic
 */
GListModel *
atlas_profile_get_statistics (AtlasProfile *self)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (self), NULL);

  return G_LIST_MODEL (self->statistics);
}

/**
 * atlas_profile_get_education:
 *
 * Returns: (transfer none): a model of #AtlasInitiative
 */
GListModel *
atlas_profile_get_education (AtlasProfile *self)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (self), NULL);

  return G_LIST_MODEL (self->education);
}

/**
 * atlas_profile_get_police_units:
 *
 * Returns: (transfer none): a model of #AtlasPoliceUnit
 */
GListModel *
atlas_profile_get_police_units (AtlasProfile *self)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (self), NULL);

  return G_LIST_MODEL (self->police_units);
}

/**
 * atlas_profile_get_organizations:
 *
 * Returns: (transfer none): a model of #AtlasOrganization
 */
GListModel *
atlas_profile_get_organizations (AtlasProfile *self)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (self), NULL);

  return G_LIST_MODEL (self->organizations);
}

/**
 * atlas_profile_get_research:
 *
 * Returns: (transfer none): a model of #AtlasPublication
 */
GListModel *
atlas_profile_get_research (AtlasProfile *self)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (self), NULL);

  return G_LIST_MODEL (self->research);
}

/**
 * atlas_profile_get_legislation:
 *
 * Returns: (transfer none): a model of #AtlasLegalItem
 */
GListModel *
atlas_profile_get_legislation (AtlasProfile *self)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (self), NULL);

  return G_LIST_MODEL (self->legislation);
}

/**
 * atlas_profile_get_timeline:
 *
 * Returns: (transfer none): a model of #AtlasEvent: the source's own
 *   timeline section only
 */
GListModel *
atlas_profile_get_timeline (AtlasProfile *self)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (self), NULL);

  return G_LIST_MODEL (self->timeline);
}

/**
 * atlas_profile_get_events:
 *
 * Returns: (transfer none): a model of #AtlasEvent: every dated item of
 *   the profile, oldest first
 */
GListModel *
atlas_profile_get_events (AtlasProfile *self)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (self), NULL);

  return G_LIST_MODEL (self->events);
}

/**
 * atlas_profile_get_section_model:
 *
 * Returns: (transfer none): the model of the items of @section; for the
 *   Overview, the statistics; for the Timeline, every dated event
 */
GListModel *
atlas_profile_get_section_model (AtlasProfile *self,
                                 AtlasSection  section)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (self), NULL);

  switch (section)
    {
    case ATLAS_SECTION_OVERVIEW:
      return G_LIST_MODEL (self->statistics);
    case ATLAS_SECTION_EDUCATION:
      return G_LIST_MODEL (self->education);
    case ATLAS_SECTION_LAW_ENFORCEMENT:
      return G_LIST_MODEL (self->police_units);
    case ATLAS_SECTION_ORGANIZATIONS:
      return G_LIST_MODEL (self->organizations);
    case ATLAS_SECTION_RESEARCH:
      return G_LIST_MODEL (self->research);
    case ATLAS_SECTION_LEGISLATION:
      return G_LIST_MODEL (self->legislation);
    case ATLAS_SECTION_TIMELINE:
      return G_LIST_MODEL (self->events);
    default:
      g_return_val_if_reached (NULL);
    }
}
