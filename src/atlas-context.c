/* atlas-context.c: the app's shared state, made once by the application
 * and handed to its windows, pages, presentations, handouts and search
 * provider (as GNOME Calendar hands its GcalContext down)
 *
 * The state is in properties, which notify when they change; widgets bind
 * to them or observe them. When the app's GSettings schema is installed,
 * each property is bound to its key, so the state is remembered and
 * follows changes made elsewhere (another instance, dconf-editor);
 * without it, the app runs with the defaults and remembers nothing. Only
 * the context touches GSettings. It also holds the library of profiles
 * (atlas-library.c), whose last and recent profiles it binds so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-context"

#include "config.h"

#include "atlas-context.h"

/* The smallest window the settings remember, as the schema's ranges say */
#define MIN_WINDOW_WIDTH  360
#define MIN_WINDOW_HEIGHT 294

struct _AtlasContext
{
  GObject parent_instance;

  /* owned references */
  GSettings    *settings;  /* nullable: without a schema, nothing is kept */
  AtlasLibrary *library;

  double        zoom;
  gboolean      classroom_safe;
  char         *style;
  char         *language;
  AtlasSection  last_section;
  int           window_width;
  int           window_height;
  gboolean      window_maximized;
};

G_DEFINE_FINAL_TYPE (AtlasContext, atlas_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_LIBRARY,
  PROP_ZOOM,
  PROP_CLASSROOM_SAFE,
  PROP_STYLE,
  PROP_LANGUAGE,
  PROP_LAST_SECTION,
  PROP_WINDOW_WIDTH,
  PROP_WINDOW_HEIGHT,
  PROP_WINDOW_MAXIMIZED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Each piece of state: read, written, notified when it changes */
#define STATE_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

/* The values the schema allows for the keys of the same names */
static const char * const styles[] = { "system", "light", "dark", NULL };
static const char * const languages[] = { "system", "en", "fr", "nl", NULL };

/* The properties kept in the settings, each under the key of its name */
static const guint bound_properties[] = {
  PROP_ZOOM,
  PROP_CLASSROOM_SAFE,
  PROP_STYLE,
  PROP_LANGUAGE,
  PROP_LAST_SECTION,
  PROP_WINDOW_WIDTH,
  PROP_WINDOW_HEIGHT,
  PROP_WINDOW_MAXIMIZED,
};

/* The library's properties kept in the settings, likewise */
static const char * const library_keys[] = { "last-profile", "recent-profiles" };

static void
atlas_context_constructed (GObject *object)
{
  AtlasContext *self = ATLAS_CONTEXT (object);

  G_OBJECT_CLASS (atlas_context_parent_class)->constructed (object);

  if (self->settings == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (bound_properties); i++)
    {
      const char *name = g_param_spec_get_name (properties[bound_properties[i]]);

      g_settings_bind (self->settings, name, self, name, G_SETTINGS_BIND_DEFAULT);
    }

  for (guint i = 0; i < G_N_ELEMENTS (library_keys); i++)
    g_settings_bind (self->settings, library_keys[i], self->library, library_keys[i], G_SETTINGS_BIND_DEFAULT);
}

static void
atlas_context_dispose (GObject *object)
{
  AtlasContext *self = ATLAS_CONTEXT (object);

  if (self->settings != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (bound_properties); i++)
        g_settings_unbind (self, g_param_spec_get_name (properties[bound_properties[i]]));
      for (guint i = 0; i < G_N_ELEMENTS (library_keys); i++)
        g_settings_unbind (self->library, library_keys[i]);
    }
  g_clear_object (&self->settings);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (atlas_context_parent_class)->dispose (object);
}

static void
atlas_context_finalize (GObject *object)
{
  AtlasContext *self = ATLAS_CONTEXT (object);

  g_free (self->style);
  g_free (self->language);

  G_OBJECT_CLASS (atlas_context_parent_class)->finalize (object);
}

static void
atlas_context_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AtlasContext *self = ATLAS_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;

    case PROP_CLASSROOM_SAFE:
      g_value_set_boolean (value, self->classroom_safe);
      break;

    case PROP_STYLE:
      g_value_set_string (value, self->style);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_LAST_SECTION:
      g_value_set_enum (value, self->last_section);
      break;

    case PROP_WINDOW_WIDTH:
      g_value_set_int (value, self->window_width);
      break;

    case PROP_WINDOW_HEIGHT:
      g_value_set_int (value, self->window_height);
      break;

    case PROP_WINDOW_MAXIMIZED:
      g_value_set_boolean (value, self->window_maximized);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_context_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  AtlasContext *self = ATLAS_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_ZOOM:
      atlas_context_set_zoom (self, g_value_get_double (value));
      break;

    case PROP_CLASSROOM_SAFE:
      atlas_context_set_classroom_safe (self, g_value_get_boolean (value));
      break;

    case PROP_STYLE:
      atlas_context_set_style (self, g_value_get_string (value));
      break;

    case PROP_LANGUAGE:
      atlas_context_set_language (self, g_value_get_string (value));
      break;

    case PROP_LAST_SECTION:
      atlas_context_set_last_section (self, g_value_get_enum (value));
      break;

    case PROP_WINDOW_WIDTH:
      atlas_context_set_window_size (self, g_value_get_int (value), self->window_height, self->window_maximized);
      break;

    case PROP_WINDOW_HEIGHT:
      atlas_context_set_window_size (self, self->window_width, g_value_get_int (value), self->window_maximized);
      break;

    case PROP_WINDOW_MAXIMIZED:
      atlas_context_set_window_size (self, self->window_width, self->window_height, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_context_class_init (AtlasContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = atlas_context_constructed;
  object_class->dispose = atlas_context_dispose;
  object_class->finalize = atlas_context_finalize;
  object_class->get_property = atlas_context_get_property;
  object_class->set_property = atlas_context_set_property;

  /**
   * AtlasContext:settings:
   *
   * Where the state is kept, or %NULL to keep it nowhere.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasContext:library:
   *
   * The profiles the app knows of.
   */
  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL,
                         ATLAS_TYPE_LIBRARY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasContext:zoom:
   *
   * The scale of the content's text, from 0.75 to 3 (300%), for reading
   * from the back of a classroom.
   */
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         ATLAS_ZOOM_MIN, ATLAS_ZOOM_MAX, 1.0,
                         STATE_FLAGS);

  /**
   * AtlasContext:classroom-safe:
   *
   * Whether texts a profile marks as sensitive are replaced by a neutral
   * line, in the pages, the presentation and the handouts.
   */
  properties[PROP_CLASSROOM_SAFE] =
    g_param_spec_boolean ("classroom-safe", NULL, NULL,
                          FALSE,
                          STATE_FLAGS);

  /**
   * AtlasContext:style:
   *
   * "system" to follow the desktop, "light" or "dark" to force one.
   */
  properties[PROP_STYLE] =
    g_param_spec_string ("style", NULL, NULL,
                         "system",
                         STATE_FLAGS);

  /**
   * AtlasContext:language:
   *
   * The language of the app: "system" to follow the desktop, or "en",
   * "fr" or "nl".
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         "system",
                         STATE_FLAGS);

  /**
   * AtlasContext:last-section:
   *
   * The section shown last; a new window opens on it.
   */
  properties[PROP_LAST_SECTION] =
    g_param_spec_enum ("last-section", NULL, NULL,
                       ATLAS_TYPE_SECTION, ATLAS_SECTION_OVERVIEW,
                       STATE_FLAGS);

  /**
   * AtlasContext:window-width:
   *
   * The width of the main window when it was last closed.
   */
  properties[PROP_WINDOW_WIDTH] =
    g_param_spec_int ("window-width", NULL, NULL,
                      MIN_WINDOW_WIDTH, G_MAXINT16, 1100,
                      STATE_FLAGS);

  /**
   * AtlasContext:window-height:
   *
   * The height of the main window when it was last closed.
   */
  properties[PROP_WINDOW_HEIGHT] =
    g_param_spec_int ("window-height", NULL, NULL,
                      MIN_WINDOW_HEIGHT, G_MAXINT16, 740,
                      STATE_FLAGS);

  /**
   * AtlasContext:window-maximized:
   *
   * Whether the main window was maximized when it was last closed.
   */
  properties[PROP_WINDOW_MAXIMIZED] =
    g_param_spec_boolean ("window-maximized", NULL, NULL,
                          FALSE,
                          STATE_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_context_init (AtlasContext *self)
{
  self->library = atlas_library_new ();
  self->zoom = 1.0;
  self->style = g_strdup ("system");
  self->language = g_strdup ("system");
  self->last_section = ATLAS_SECTION_OVERVIEW;
  self->window_width = 1100;
  self->window_height = 740;
}

/* g_settings_new() aborts the process when the schema is missing (a build
 * run without installing, a broken package): the app then runs with its
 * defaults and remembers nothing */
static GSettings *
settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  static gsize warned = 0;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);

  if (schema == NULL)
    {
      if (g_once_init_enter (&warned))
        {
          g_message ("The settings schema %s is not installed: settings will not be remembered", APP_ID);
          g_once_init_leave (&warned, 1);
        }
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

/**
 * atlas_context_new:
 *
 * Returns: (transfer full): a context kept in the app's settings, or in
 *   none when their schema is not installed
 */
AtlasContext *
atlas_context_new (void)
{
  g_autoptr(GSettings) settings = settings_new ();

  return atlas_context_new_for_settings (settings);
}

/**
 * atlas_context_new_for_settings:
 * @settings: (nullable): settings of the app's schema, or %NULL to keep
 *   nothing
 *
 * Returns: (transfer full): a context kept in @settings
 */
AtlasContext *
atlas_context_new_for_settings (GSettings *settings)
{
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (ATLAS_TYPE_CONTEXT, "settings", settings, NULL);
}

/**
 * atlas_context_get_library:
 *
 * Returns: (transfer none): the profiles the app knows of
 */
AtlasLibrary *
atlas_context_get_library (AtlasContext *self)
{
  g_return_val_if_fail (ATLAS_IS_CONTEXT (self), NULL);

  return self->library;
}

double
atlas_context_get_zoom (AtlasContext *self)
{
  g_return_val_if_fail (ATLAS_IS_CONTEXT (self), 1.0);

  return self->zoom;
}

/**
 * atlas_context_set_zoom:
 * @zoom: the scale of the content's text; clamped to 0.75 to 3
 */
void
atlas_context_set_zoom (AtlasContext *self,
                        double        zoom)
{
  g_return_if_fail (ATLAS_IS_CONTEXT (self));

  zoom = CLAMP (zoom, ATLAS_ZOOM_MIN, ATLAS_ZOOM_MAX);
  if (G_APPROX_VALUE (self->zoom, zoom, 0.001))
    return;

  self->zoom = zoom;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

gboolean
atlas_context_get_classroom_safe (AtlasContext *self)
{
  g_return_val_if_fail (ATLAS_IS_CONTEXT (self), FALSE);

  return self->classroom_safe;
}

void
atlas_context_set_classroom_safe (AtlasContext *self,
                                  gboolean      classroom_safe)
{
  g_return_if_fail (ATLAS_IS_CONTEXT (self));

  classroom_safe = !!classroom_safe;
  if (self->classroom_safe == classroom_safe)
    return;

  self->classroom_safe = classroom_safe;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLASSROOM_SAFE]);
}

/* Sets one of the string properties to one of the values it allows */
static void
set_choice (AtlasContext  *self,
            char         **field,
            const char    *value,
            guint          prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

const char *
atlas_context_get_style (AtlasContext *self)
{
  g_return_val_if_fail (ATLAS_IS_CONTEXT (self), NULL);

  return self->style;
}

/**
 * atlas_context_set_style:
 * @style: "system", "light" or "dark"
 */
void
atlas_context_set_style (AtlasContext *self,
                         const char   *style)
{
  g_return_if_fail (ATLAS_IS_CONTEXT (self));
  g_return_if_fail (style != NULL && g_strv_contains (styles, style));

  set_choice (self, &self->style, style, PROP_STYLE);
}

const char *
atlas_context_get_language (AtlasContext *self)
{
  g_return_val_if_fail (ATLAS_IS_CONTEXT (self), NULL);

  return self->language;
}

/**
 * atlas_context_set_language:
 * @language: "system", "en", "fr" or "nl"
 */
void
atlas_context_set_language (AtlasContext *self,
                            const char   *language)
{
  g_return_if_fail (ATLAS_IS_CONTEXT (self));
  g_return_if_fail (language != NULL && g_strv_contains (languages, language));

  set_choice (self, &self->language, language, PROP_LANGUAGE);
}

AtlasSection
atlas_context_get_last_section (AtlasContext *self)
{
  g_return_val_if_fail (ATLAS_IS_CONTEXT (self), ATLAS_SECTION_OVERVIEW);

  return self->last_section;
}

void
atlas_context_set_last_section (AtlasContext *self,
                                AtlasSection  section)
{
  g_return_if_fail (ATLAS_IS_CONTEXT (self));
  g_return_if_fail (section < ATLAS_N_SECTIONS);

  if (self->last_section == section)
    return;

  self->last_section = section;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_SECTION]);
}

/**
 * atlas_context_get_window_size:
 * @width: (out) (optional): the main window's width when it was last
 *   closed
 * @height: (out) (optional): its height
 * @maximized: (out) (optional): whether it was maximized
 */
void
atlas_context_get_window_size (AtlasContext *self,
                               int          *width,
                               int          *height,
                               gboolean     *maximized)
{
  g_return_if_fail (ATLAS_IS_CONTEXT (self));

  if (width != NULL)
    *width = self->window_width;
  if (height != NULL)
    *height = self->window_height;
  if (maximized != NULL)
    *maximized = self->window_maximized;
}

/**
 * atlas_context_set_window_size:
 * @width: the main window's width as it closes; 360 at least
 * @height: its height; 294 at least
 * @maximized: whether it is maximized
 */
void
atlas_context_set_window_size (AtlasContext *self,
                               int           width,
                               int           height,
                               gboolean      maximized)
{
  g_return_if_fail (ATLAS_IS_CONTEXT (self));

  width = CLAMP (width, MIN_WINDOW_WIDTH, G_MAXINT16);
  height = CLAMP (height, MIN_WINDOW_HEIGHT, G_MAXINT16);
  maximized = !!maximized;

  g_object_freeze_notify (G_OBJECT (self));

  if (self->window_width != width)
    {
      self->window_width = width;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WINDOW_WIDTH]);
    }

  if (self->window_height != height)
    {
      self->window_height = height;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WINDOW_HEIGHT]);
    }

  if (self->window_maximized != maximized)
    {
      self->window_maximized = maximized;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WINDOW_MAXIMIZED]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}
