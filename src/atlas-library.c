/* atlas-library.c: the profiles the app knows of, and the one a new window
 * shows
 *
 * A list model of AtlasProfileEntry, for the windows' switchers: the
 * profiles shipped with the app (read at once), those in
 * $XDG_DATA_HOME/online-safety-atlas/profiles/ and the files opened lately
 * (read in the background), and whatever else a window shows. It is read
 * once, by the first window; the windows after it (a language switch makes
 * every window again) show the same list. The library keeps which profile
 * was shown last and the recent files (properties that the context binds
 * to the settings) and says which profile a new window shows: the one
 * shown last, else the first shipped one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-library"

#include "config.h"

#include "atlas-library.h"
#include "atlas-profile-entry.h"

/* How many files opened lately the switcher offers */
#define MAX_RECENT_PROFILES 10

struct _AtlasLibrary
{
  GObject parent_instance;

  /* owned references */
  GPtrArray    *entries;       /* AtlasProfileEntry */
  char         *first_uri;     /* the first shipped profile that could be read */
  char         *last_profile;  /* "" when none */
  GStrv         recent_profiles;

  guint         n_loads;
  gboolean      loaded;
};

static void atlas_library_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (AtlasLibrary, atlas_library, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, atlas_library_list_model_init))

enum {
  PROP_0,
  PROP_LAST_PROFILE,
  PROP_RECENT_PROFILES,
  PROP_N_LOADS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
atlas_library_get_item_type (GListModel *model)
{
  return ATLAS_TYPE_PROFILE_ENTRY;
}

static guint
atlas_library_get_n_items (GListModel *model)
{
  return ATLAS_LIBRARY (model)->entries->len;
}

static gpointer
atlas_library_get_item (GListModel *model,
                        guint       position)
{
  AtlasLibrary *self = ATLAS_LIBRARY (model);

  if (position >= self->entries->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->entries, position));
}

static void
atlas_library_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = atlas_library_get_item_type;
  iface->get_n_items = atlas_library_get_n_items;
  iface->get_item = atlas_library_get_item;
}

static void
set_last_profile (AtlasLibrary *self,
                  const char   *uri)
{
  if (uri == NULL)
    uri = "";

  if (g_strcmp0 (self->last_profile, uri) == 0)
    return;

  g_free (self->last_profile);
  self->last_profile = g_strdup (uri);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_PROFILE]);
}

static void
set_recent_profiles (AtlasLibrary       *self,
                     const char * const *uris)
{
  static const char * const none[] = { NULL };

  if (uris == NULL)
    uris = none;

  if (g_strv_equal ((const char * const *) self->recent_profiles, uris))
    return;

  g_strfreev (self->recent_profiles);
  self->recent_profiles = g_strdupv ((char **) uris);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECENT_PROFILES]);
}

static void
atlas_library_finalize (GObject *object)
{
  AtlasLibrary *self = ATLAS_LIBRARY (object);

  g_ptr_array_unref (self->entries);
  g_free (self->first_uri);
  g_free (self->last_profile);
  g_strfreev (self->recent_profiles);

  G_OBJECT_CLASS (atlas_library_parent_class)->finalize (object);
}

static void
atlas_library_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AtlasLibrary *self = ATLAS_LIBRARY (object);

  switch (prop_id)
    {
    case PROP_LAST_PROFILE:
      g_value_set_string (value, self->last_profile);
      break;

    case PROP_RECENT_PROFILES:
      g_value_set_boxed (value, self->recent_profiles);
      break;

    case PROP_N_LOADS:
      g_value_set_uint (value, self->n_loads);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_library_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  AtlasLibrary *self = ATLAS_LIBRARY (object);

  switch (prop_id)
    {
    case PROP_LAST_PROFILE:
      set_last_profile (self, g_value_get_string (value));
      break;

    case PROP_RECENT_PROFILES:
      set_recent_profiles (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_library_class_init (AtlasLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_library_finalize;
  object_class->get_property = atlas_library_get_property;
  object_class->set_property = atlas_library_set_property;

  /**
   * AtlasLibrary:last-profile:
   *
   * Where the profile shown last is (a resource:// or file:// address),
   * or "" when none was.
   */
  properties[PROP_LAST_PROFILE] =
    g_param_spec_string ("last-profile", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasLibrary:recent-profiles:
   *
   * The addresses of the profile files opened lately, newest first.
   */
  properties[PROP_RECENT_PROFILES] =
    g_param_spec_boxed ("recent-profiles", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasLibrary:n-loads:
   *
   * How many profiles the library has started to read, to list them or
   * for atlas_library_read_default().
   */
  properties[PROP_N_LOADS] =
    g_param_spec_uint ("n-loads", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_library_init (AtlasLibrary *self)
{
  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
  self->last_profile = g_strdup ("");
  self->recent_profiles = g_new0 (char *, 1);
}

/**
 * atlas_library_new:
 *
 * Returns: (transfer full): an empty library; atlas_library_load() fills
 *   it
 */
AtlasLibrary *
atlas_library_new (void)
{
  return g_object_new (ATLAS_TYPE_LIBRARY, NULL);
}

static void
count_load (AtlasLibrary *self)
{
  self->n_loads++;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_LOADS]);
}

/* A profile read now, counted */
static AtlasProfile *
read_profile (AtlasLibrary  *self,
              const char    *uri,
              GError       **error)
{
  count_load (self);
  return atlas_profile_new_from_uri (uri, NULL, error);
}

/* The library stays until every file it reads is read */
static void
library_file_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(AtlasLibrary) self = user_data;
  g_autoptr(AtlasProfileLoad) load = atlas_profile_load_file_finish (result);
  g_autofree char *uri = g_file_get_uri (load->file);

  /* A broken or vanished file is left out of the list, not reported:
   * nobody asked to open it now */
  if (load->profile == NULL)
    {
      g_debug ("Not listing %s: %s", uri, load->error->message);
      return;
    }

  atlas_library_add (self, uri, load->profile);
}

static void
add_file (AtlasLibrary *self,
          GFile        *file)
{
  count_load (self);
  atlas_profile_load_file_async (file, NULL, library_file_cb, g_object_ref (self));
}

/**
 * atlas_library_load:
 * @first_profile: (out) (optional) (transfer full) (nullable): the first
 *   shipped profile, as this call read it for the list, so that it need
 *   not be read again to be shown; %NULL when this call read nothing
 *
 * Lists the profiles, the first time it is called: those shipped with the
 * app (read now), those in $XDG_DATA_HOME/online-safety-atlas/profiles/
 * and the recent files (read in the background). Later calls do nothing:
 * every window shows the same list.
 */
void
atlas_library_load (AtlasLibrary  *self,
                    AtlasProfile **first_profile)
{
  g_auto(GStrv) shipped = NULL;
  g_autofree char *dir_path = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GFileEnumerator) enumerator = NULL;

  g_return_if_fail (ATLAS_IS_LIBRARY (self));

  if (first_profile != NULL)
    *first_profile = NULL;

  if (self->loaded)
    return;
  self->loaded = TRUE;

  shipped = atlas_profile_list_resources (RESOURCE_BASE "/profiles/");
  for (guint i = 0; shipped[i] != NULL; i++)
    {
      g_autoptr(AtlasProfile) profile = NULL;
      g_autoptr(GError) error = NULL;

      profile = read_profile (self, shipped[i], &error);
      if (profile == NULL)
        {
          g_warning ("The shipped profile %s is broken: %s", shipped[i], error->message);
          continue;
        }

      atlas_library_add (self, shipped[i], profile);
      if (self->first_uri == NULL)
        {
          self->first_uri = g_strdup (shipped[i]);
          if (first_profile != NULL)
            *first_profile = g_steal_pointer (&profile);
        }
    }

  dir_path = g_build_filename (g_get_user_data_dir (), "online-safety-atlas", "profiles", NULL);
  dir = g_file_new_for_path (dir_path);
  enumerator = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                          G_FILE_QUERY_INFO_NONE, NULL, NULL);
  while (enumerator != NULL)
    {
      GFileInfo *info = NULL;
      GFile *child = NULL;

      if (!g_file_enumerator_iterate (enumerator, &info, &child, NULL, NULL) || info == NULL)
        break;
      if (g_str_has_suffix (g_file_info_get_name (info), ".json"))
        add_file (self, child);
    }

  for (guint i = 0; self->recent_profiles[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (self->recent_profiles[i]);

      add_file (self, file);
    }
}

/**
 * atlas_library_find:
 * @position: (out) (optional): where the entry of @uri is
 *
 * Returns: whether the library lists the profile at @uri
 */
gboolean
atlas_library_find (AtlasLibrary *self,
                    const char   *uri,
                    guint        *position)
{
  g_return_val_if_fail (ATLAS_IS_LIBRARY (self), FALSE);

  for (guint i = 0; uri != NULL && i < self->entries->len; i++)
    {
      AtlasProfileEntry *entry = g_ptr_array_index (self->entries, i);

      if (g_strcmp0 (atlas_profile_entry_get_uri (entry), uri) == 0)
        {
          if (position != NULL)
            *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
entry_shows (AtlasProfileEntry *entry,
             AtlasProfile      *profile)
{
  return g_strcmp0 (atlas_profile_entry_get_country_code (entry), atlas_profile_get_country_code (profile)) == 0 &&
         g_strcmp0 (atlas_profile_entry_get_country_name (entry), atlas_profile_get_country_name (profile)) == 0 &&
         atlas_profile_entry_get_edition_year (entry) == atlas_profile_get_edition_year (profile);
}

/**
 * atlas_library_add:
 * @uri: where @profile was read from
 * @profile: the profile
 *
 * Lists @profile at the end. A profile listed already is listed as
 * @profile says now: its name may be in another language since.
 */
void
atlas_library_add (AtlasLibrary *self,
                   const char   *uri,
                   AtlasProfile *profile)
{
  guint position;

  g_return_if_fail (ATLAS_IS_LIBRARY (self));
  g_return_if_fail (uri != NULL);
  g_return_if_fail (ATLAS_IS_PROFILE (profile));

  if (!atlas_library_find (self, uri, &position))
    {
      g_ptr_array_add (self->entries, atlas_profile_entry_new (uri, profile));
      g_list_model_items_changed (G_LIST_MODEL (self), self->entries->len - 1, 0, 1);
      return;
    }

  if (entry_shows (g_ptr_array_index (self->entries, position), profile))
    return;

  g_object_unref (g_ptr_array_index (self->entries, position));
  g_ptr_array_index (self->entries, position) = atlas_profile_entry_new (uri, profile);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
}

/**
 * atlas_library_remember:
 * @uri: where the profile shown is
 *
 * Remembers @uri as the profile shown last and, for a file, as the newest
 * recent one (each file once, the ten newest).
 */
void
atlas_library_remember (AtlasLibrary *self,
                        const char   *uri)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) recent = NULL;
  guint n = 1;

  g_return_if_fail (ATLAS_IS_LIBRARY (self));
  g_return_if_fail (uri != NULL);

  set_last_profile (self, uri);

  if (!g_str_has_prefix (uri, "file:"))
    return;

  builder = g_strv_builder_new ();
  g_strv_builder_add (builder, uri);
  for (guint i = 0; self->recent_profiles[i] != NULL && n < MAX_RECENT_PROFILES; i++)
    if (g_strcmp0 (self->recent_profiles[i], uri) != 0)
      {
        g_strv_builder_add (builder, self->recent_profiles[i]);
        n++;
      }
  recent = g_strv_builder_end (builder);
  set_recent_profiles (self, (const char * const *) recent);
}

/**
 * atlas_library_get_first_uri:
 *
 * Returns: (nullable): the address of the first shipped profile, once
 *   the library is loaded; %NULL if none could be read
 */
const char *
atlas_library_get_first_uri (AtlasLibrary *self)
{
  g_return_val_if_fail (ATLAS_IS_LIBRARY (self), NULL);

  return self->first_uri;
}

/**
 * atlas_library_get_default_uri:
 *
 * Returns: (nullable): the address of the profile a new window shows: the
 *   one shown last, else the first shipped one
 */
const char *
atlas_library_get_default_uri (AtlasLibrary *self)
{
  g_return_val_if_fail (ATLAS_IS_LIBRARY (self), NULL);

  if (self->last_profile[0] != '\0')
    return self->last_profile;

  return self->first_uri;
}

/**
 * atlas_library_read_default:
 *
 * Reads the profile a new window shows, now, for whoever needs it without
 * a window (the search provider); the first shipped one when that one
 * cannot be read. Loads the library if it is not yet: the first shipped
 * profile, read for the list, is then not read again.
 *
 * Returns: (transfer full) (nullable): the profile, or %NULL when none
 *   can be read
 */
AtlasProfile *
atlas_library_read_default (AtlasLibrary *self)
{
  g_autoptr(AtlasProfile) first = NULL;
  AtlasProfile *profile = NULL;
  const char *uri;

  g_return_val_if_fail (ATLAS_IS_LIBRARY (self), NULL);

  atlas_library_load (self, &first);
  uri = atlas_library_get_default_uri (self);

  if (uri != NULL && g_strcmp0 (uri, self->first_uri) != 0)
    profile = read_profile (self, uri, NULL);
  if (profile == NULL && first == NULL && self->first_uri != NULL)
    first = read_profile (self, self->first_uri, NULL);

  return profile != NULL ? profile : g_steal_pointer (&first);
}

/**
 * atlas_library_get_last_profile:
 *
 * Returns: where the profile shown last is, or "" when none was
 */
const char *
atlas_library_get_last_profile (AtlasLibrary *self)
{
  g_return_val_if_fail (ATLAS_IS_LIBRARY (self), NULL);

  return self->last_profile;
}

/**
 * atlas_library_get_recent_profiles:
 *
 * Returns: (transfer none): the addresses of the profile files opened
 *   lately, newest first
 */
const char * const *
atlas_library_get_recent_profiles (AtlasLibrary *self)
{
  g_return_val_if_fail (ATLAS_IS_LIBRARY (self), NULL);

  return (const char * const *) self->recent_profiles;
}

/**
 * atlas_library_get_n_loads:
 *
 * Returns: how many profiles the library has started to read
 */
guint
atlas_library_get_n_loads (AtlasLibrary *self)
{
  g_return_val_if_fail (ATLAS_IS_LIBRARY (self), 0);

  return self->n_loads;
}
