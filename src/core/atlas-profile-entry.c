/* atlas-profile-entry.c: a profile the app knows of, for the switcher
 *
 * An entry keeps what the switcher shows (country code and name, edition
 * year) and where the profile is (a resource:// or file:// URI), not the
 * whole profile.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-profile-entry"

#include "config.h"

#include "atlas-profile-entry.h"

struct _AtlasProfileEntry
{
  GObject parent_instance;

  char *uri;
  char *country_code;
  char *country_name;
  int   edition_year;
};

G_DEFINE_FINAL_TYPE (AtlasProfileEntry, atlas_profile_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_URI,
  PROP_COUNTRY_CODE,
  PROP_COUNTRY_NAME,
  PROP_EDITION_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_profile_entry_finalize (GObject *object)
{
  AtlasProfileEntry *self = ATLAS_PROFILE_ENTRY (object);

  g_free (self->uri);
  g_free (self->country_code);
  g_free (self->country_name);

  G_OBJECT_CLASS (atlas_profile_entry_parent_class)->finalize (object);
}

static void
atlas_profile_entry_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  AtlasProfileEntry *self = ATLAS_PROFILE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_URI:
      g_value_set_string (value, self->uri);
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

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_profile_entry_class_init (AtlasProfileEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_profile_entry_finalize;
  object_class->get_property = atlas_profile_entry_get_property;

  /**
   * AtlasProfileEntry:uri:
   *
   * Where the profile is: a resource:// URI for a shipped one, a file://
   * URI otherwise.
   */
  properties[PROP_URI] =
    g_param_spec_string ("uri", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasProfileEntry:country-code:
   *
   * The country's ISO 3166-1 alpha-2 code.
   */
  properties[PROP_COUNTRY_CODE] =
    g_param_spec_string ("country-code", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasProfileEntry:country-name:
   *
   * The country's name.
   */
  properties[PROP_COUNTRY_NAME] =
    g_param_spec_string ("country-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasProfileEntry:edition-year:
   *
   * The year of the profile's edition.
   */
  properties[PROP_EDITION_YEAR] =
    g_param_spec_int ("edition-year", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_profile_entry_init (AtlasProfileEntry *self)
{
}

/**
 * atlas_profile_entry_new:
 * @uri: where @profile was loaded from
 * @profile: the profile
 *
 * Returns: (transfer full): an entry for @profile
 */
AtlasProfileEntry *
atlas_profile_entry_new (const char   *uri,
                         AtlasProfile *profile)
{
  AtlasProfileEntry *self;

  g_return_val_if_fail (uri != NULL, NULL);
  g_return_val_if_fail (ATLAS_IS_PROFILE (profile), NULL);

  self = g_object_new (ATLAS_TYPE_PROFILE_ENTRY, NULL);
  self->uri = g_strdup (uri);
  self->country_code = g_strdup (atlas_profile_get_country_code (profile));
  self->country_name = g_strdup (atlas_profile_get_country_name (profile));
  self->edition_year = atlas_profile_get_edition_year (profile);

  return self;
}

const char *
atlas_profile_entry_get_uri (AtlasProfileEntry *self)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE_ENTRY (self), NULL);

  return self->uri;
}

const char *
atlas_profile_entry_get_country_code (AtlasProfileEntry *self)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE_ENTRY (self), NULL);

  return self->country_code;
}

const char *
atlas_profile_entry_get_country_name (AtlasProfileEntry *self)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE_ENTRY (self), NULL);

  return self->country_name;
}

int
atlas_profile_entry_get_edition_year (AtlasProfileEntry *self)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE_ENTRY (self), 0);

  return self->edition_year;
}
