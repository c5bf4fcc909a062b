/* atlas-slide.c: one item of a section, as the presentation shows it
 *
 * A slide has a kicker (the line above: a date, a kind, where a law is),
 * a title, a body and a footer (the source of a figure, the citation of a
 * publication), and the item's dated notes (a law changed since the
 * edition, a correction), which a slide never leaves out; all plain text
 * from the profile or formatted for the locale. A statistic's slide also
 * has a time series, drawn as a chart. atlas_slide_list_new() makes the
 * slides of a section, in the order of its page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-slide"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-format.h"
#include "atlas-helpline.h"
#include "atlas-note-view.h"
#include "atlas-publication.h"
#include "atlas-sections.h"
#include "atlas-slide.h"
#include "atlas-statistic.h"
#include "atlas-url.h"

struct _AtlasSlide
{
  GObject parent_instance;

  AtlasSection section;
  char *item_id;
  char *kicker;
  char *title;
  char *body;
  char *footer;
  char *notes;
  gboolean sensitive;
  char *website;  /* the helpline's, for its QR code */
  AtlasSeries *series;  /* nullable */
};

G_DEFINE_FINAL_TYPE (AtlasSlide, atlas_slide, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SECTION,
  PROP_ITEM_ID,
  PROP_KICKER,
  PROP_TITLE,
  PROP_BODY,
  PROP_FOOTER,
  PROP_NOTES,
  PROP_SENSITIVE,
  PROP_WEBSITE,
  PROP_SERIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_slide_finalize (GObject *object)
{
  AtlasSlide *self = ATLAS_SLIDE (object);

  g_free (self->item_id);
  g_free (self->kicker);
  g_free (self->title);
  g_free (self->body);
  g_free (self->footer);
  g_free (self->notes);
  g_free (self->website);
  g_clear_pointer (&self->series, atlas_series_unref);

  G_OBJECT_CLASS (atlas_slide_parent_class)->finalize (object);
}

static void
atlas_slide_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  AtlasSlide *self = ATLAS_SLIDE (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      g_value_set_enum (value, self->section);
      break;

    case PROP_ITEM_ID:
      g_value_set_string (value, self->item_id);
      break;

    case PROP_KICKER:
      g_value_set_string (value, self->kicker);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;

    case PROP_FOOTER:
      g_value_set_string (value, self->footer);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_SENSITIVE:
      g_value_set_boolean (value, self->sensitive);
      break;

    case PROP_WEBSITE:
      g_value_set_string (value, self->website);
      break;

    case PROP_SERIES:
      g_value_set_boxed (value, self->series);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_slide_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  AtlasSlide *self = ATLAS_SLIDE (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      self->section = g_value_get_enum (value);
      break;

    case PROP_ITEM_ID:
      self->item_id = g_value_dup_string (value);
      break;

    case PROP_KICKER:
      self->kicker = g_value_dup_string (value);
      break;

    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;

    case PROP_BODY:
      self->body = g_value_dup_string (value);
      break;

    case PROP_FOOTER:
      self->footer = g_value_dup_string (value);
      break;

    case PROP_NOTES:
      self->notes = g_value_dup_string (value);
      break;

    case PROP_SENSITIVE:
      self->sensitive = g_value_get_boolean (value);
      break;

    case PROP_SERIES:
      self->series = g_value_dup_boxed (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_slide_class_init (AtlasSlideClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_slide_finalize;
  object_class->get_property = atlas_slide_get_property;
  object_class->set_property = atlas_slide_set_property;

  /**
   * AtlasSlide:section:
   *
   * The section of the item.
   */
  properties[PROP_SECTION] =
    g_param_spec_enum ("section", NULL, NULL,
                       ATLAS_TYPE_SECTION, ATLAS_SECTION_OVERVIEW,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasSlide:item-id:
   *
   * The id of the item in its section, to show it again after the presentation.
   */
  properties[PROP_ITEM_ID] =
    g_param_spec_string ("item-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasSlide:kicker:
   *
   * The line above the title: a date, a kind, where a law is.
   */
  properties[PROP_KICKER] =
    g_param_spec_string ("kicker", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasSlide:title:
   *
   * The title.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasSlide:body:
   *
   * The text under the title.
   */
  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasSlide:footer:
   *
   * The source of a figure or the citation of a publication.
   */
  properties[PROP_FOOTER] =
    g_param_spec_string ("footer", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasSlide:notes:
   *
   * The item's dated notes, one per line: what changed since the edition,
   * what the edition gets wrong. Never hidden.
   */
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasSlide:sensitive:
   *
   * Whether the body and footer are texts the profile marks as sensitive,
   * which the classroom-safe view hides.
   */
  properties[PROP_SENSITIVE] =
    g_param_spec_boolean ("sensitive", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasSlide:website:
   *
   * A web address the slide shows in large type with its QR code: the
   * helpline's website, on the helpline's slide; %NULL on the others.
   */
  properties[PROP_WEBSITE] =
    g_param_spec_string ("website", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasSlide:series:
   *
   * A time series the slide draws as a chart, or %NULL: the slides of the
   * statistics have one.
   */
  properties[PROP_SERIES] =
    g_param_spec_boxed ("series", NULL, NULL,
                        ATLAS_TYPE_SERIES,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_slide_init (AtlasSlide *self)
{
}

AtlasSlide *
atlas_slide_new (AtlasSection  section,
                 const char   *item_id,
                 const char   *kicker,
                 const char   *title,
                 const char   *body,
                 const char   *footer,
                 gboolean      sensitive)
{
  return g_object_new (ATLAS_TYPE_SLIDE,
                       "section", section,
                       "item-id", item_id,
                       "kicker", kicker,
                       "title", title,
                       "body", body,
                       "footer", footer,
                       "sensitive", sensitive,
                       NULL);
}

AtlasSection
atlas_slide_get_section (AtlasSlide *self)
{
  g_return_val_if_fail (ATLAS_IS_SLIDE (self), ATLAS_SECTION_OVERVIEW);

  return self->section;
}

gboolean
atlas_slide_get_sensitive (AtlasSlide *self)
{
  g_return_val_if_fail (ATLAS_IS_SLIDE (self), FALSE);

  return self->sensitive;
}

const char *
atlas_slide_get_item_id (AtlasSlide *self)
{
  g_return_val_if_fail (ATLAS_IS_SLIDE (self), NULL);

  return self->item_id;
}

const char *
atlas_slide_get_kicker (AtlasSlide *self)
{
  g_return_val_if_fail (ATLAS_IS_SLIDE (self), NULL);

  return self->kicker;
}

const char *
atlas_slide_get_title (AtlasSlide *self)
{
  g_return_val_if_fail (ATLAS_IS_SLIDE (self), NULL);

  return self->title;
}

const char *
atlas_slide_get_body (AtlasSlide *self)
{
  g_return_val_if_fail (ATLAS_IS_SLIDE (self), NULL);

  return self->body;
}

/**
 * atlas_slide_get_website:
 *
 * Returns: (nullable): the web address the slide shows with its QR code:
 *   the helpline's website
 */
const char *
atlas_slide_get_website (AtlasSlide *self)
{
  g_return_val_if_fail (ATLAS_IS_SLIDE (self), NULL);

  return self->website;
}

/**
 * atlas_slide_get_notes:
 *
 * Returns: (nullable): the item's notes, one per line
 */
const char *
atlas_slide_get_notes (AtlasSlide *self)
{
  g_return_val_if_fail (ATLAS_IS_SLIDE (self), NULL);

  return self->notes;
}

const char *
atlas_slide_get_footer (AtlasSlide *self)
{
  g_return_val_if_fail (ATLAS_IS_SLIDE (self), NULL);

  return self->footer;
}

/**
 * atlas_slide_get_series:
 *
 * Returns: (transfer none) (nullable): the series the slide draws as a
 *   chart
 */
AtlasSeries *
atlas_slide_get_series (AtlasSlide *self)
{
  g_return_val_if_fail (ATLAS_IS_SLIDE (self), NULL);

  return self->series;
}

/* @note: what atlas_language_note() says of the item, added to the
 * kicker; @notes: the item's dated notes */
static void
add_full (GListStore   *store,
          const char   *note,
          GListModel   *notes,
          AtlasSection  section,
          const char   *item_id,
          const char   *kicker,
          const char   *title,
          const char   *body,
          const char   *footer,
          gboolean      sensitive)
{
  g_autofree char *noted = note == NULL ? NULL
                         : kicker == NULL ? g_strdup (note)
                         : g_strjoin (" · ", kicker, note, NULL);
  g_autofree char *notes_text = atlas_notes_format_text (notes);
  g_autoptr(AtlasSlide) slide = g_object_new (ATLAS_TYPE_SLIDE,
                                              "section", section,
                                              "item-id", item_id,
                                              "kicker", noted != NULL ? noted : kicker,
                                              "title", title,
                                              "body", body,
                                              "footer", footer,
                                              "notes", notes_text,
                                              "sensitive", sensitive,
                                              NULL);

  g_list_store_append (store, slide);
}

static void
add (GListStore   *store,
     const char   *note,
     GListModel   *notes,
     AtlasSection  section,
     const char   *item_id,
     const char   *kicker,
     const char   *title,
     const char   *body,
     const char   *footer)
{
  add_full (store, note, notes, section, item_id, kicker, title, body, footer, FALSE);
}

/* A statistic: its label, the figure in large type, what it counts, its
 * source, and its first series (the headline's, in the profiles) as a
 * chart, with the chart's source if it is another; one slide per
 * statistic, as the page has one card */
static void
add_statistic (GListStore     *store,
               AtlasProfile   *profile,
               AtlasStatistic *statistic)
{
  AtlasFigure *headline = atlas_statistic_get_headline (statistic);
  GPtrArray *all_series = atlas_statistic_get_series (statistic);
  AtlasSeries *series = all_series->len > 0 ? g_ptr_array_index (all_series, 0) : NULL;
  const char *note = atlas_language_note (profile, statistic, FALSE, NULL);
  const char *label = atlas_item_get_title (ATLAS_ITEM (statistic));
  g_autofree char *kicker = note == NULL ? g_strdup (label) : g_strjoin (" · ", label, note, NULL);
  g_autofree char *notes = atlas_notes_format_text (atlas_item_get_notes (ATLAS_ITEM (statistic)));
  g_autofree char *value = atlas_format_figure_value (headline);
  g_autofree char *context = atlas_figure_format_context (headline);
  g_autofree char *source = atlas_source_format (headline->source);
  g_autofree char *series_source = series != NULL ? atlas_source_format (series->source) : NULL;
  g_autofree char *footer = series_source != NULL && g_strcmp0 (series_source, source) != 0
                          ? g_strjoin ("\n", source, series_source, NULL) : g_strdup (source);
  g_autoptr(AtlasSlide) slide = g_object_new (ATLAS_TYPE_SLIDE,
                                              "section", ATLAS_SECTION_OVERVIEW,
                                              "item-id", atlas_item_get_id (ATLAS_ITEM (statistic)),
                                              "kicker", kicker,
                                              "title", value,
                                              "body", context,
                                              "footer", footer,
                                              "notes", notes,
                                              "series", series,
                                              NULL);

  g_list_store_append (store, slide);
}

static void
add_overview (GListStore   *store,
              AtlasProfile *profile)
{
  GListModel *statistics = atlas_profile_get_statistics (profile);
  AtlasHelpline *helpline = atlas_profile_get_helpline (profile);

  for (guint i = 0; i < g_list_model_get_n_items (statistics); i++)
    {
      g_autoptr(AtlasStatistic) statistic = g_list_model_get_item (statistics, i);

      add_statistic (store, profile, statistic);
    }

  if (helpline != NULL)
    {
      g_autofree char *source = atlas_source_format (atlas_helpline_get_source (helpline));
      g_autofree char *number = atlas_helpline_format_number (helpline);
      g_autofree char *title = g_strjoin (" · ", number, atlas_helpline_get_name (helpline), NULL);
      g_autofree char *description = atlas_helpline_format_description (helpline);

      add (store, atlas_language_note (profile, helpline, FALSE, NULL),
           atlas_helpline_get_notes (helpline), ATLAS_SECTION_OVERVIEW, "helpline", _("Need help? Call, chat or write"),
           title, description, source);

      /* Its website in large type, with a QR code to take it home */
      if (atlas_url_is_web (atlas_helpline_get_url (helpline)))
        {
          g_autoptr(AtlasSlide) slide = g_list_model_get_item (G_LIST_MODEL (store),
                                                               g_list_model_get_n_items (G_LIST_MODEL (store)) - 1);

          slide->website = g_strdup (atlas_helpline_get_url (helpline));
        }
    }
}

/* "Livingstone, S.; Haddon, L. · 2011", as the Research page names them */
static char *
format_authors_year (AtlasPublication *publication)
{
  int year = atlas_item_get_year (ATLAS_ITEM (publication));
  g_autofree char *authors = atlas_format_authors (atlas_publication_get_authors (publication),
                                                   atlas_publication_get_contributors (publication));

  if (authors == NULL)
    return g_strdup_printf (_("%d · Authors not named"), year);

  return g_strdup_printf ("%s · %d", authors, year);
}

/**
 * atlas_slide_list_new_for_items:
 * @profile: a profile
 * @section: the section whose page shows @items
 * @items: a model of #AtlasItem: what the page shows, in its order
 *
 * The slides of @items, one per item, in the order of @items: a page's
 * filter and order are the presentation's.
 *
 * Returns: (transfer full): a model of #AtlasSlide
 */
GListModel *
atlas_slide_list_new_for_items (AtlasProfile *profile,
                                AtlasSection  section,
                                GListModel   *items)
{
  GListStore *store;

  g_return_val_if_fail (ATLAS_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (section < ATLAS_N_SECTIONS, NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (items), NULL);

  store = g_list_store_new (ATLAS_TYPE_SLIDE);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(AtlasItem) item = g_list_model_get_item (items, i);
      const char *note = atlas_language_note (profile, item, atlas_item_is_law (item), NULL);
      AtlasSection from = atlas_item_get_section (item);
      g_autofree char *facts = atlas_item_format_facts (item);
      g_autofree char *title = atlas_item_format_title (item);
      g_autofree char *body = atlas_item_format_body (item);
      g_autofree char *footer = NULL;
      g_autofree char *kicker = NULL;

      if (ATLAS_IS_STATISTIC (item))
        {
          add_statistic (store, profile, ATLAS_STATISTIC (item));
          continue;
        }

      /* An item shown in another section than its own (an event on the
       * Timeline) says where it comes from */
      if (from != section)
        kicker = facts != NULL ? g_strjoin (" · ", facts, atlas_section_get_title (from), NULL)
                               : g_strdup (atlas_section_get_title (from));

      /* A publication: who wrote it, when; its title is the slide's */
      if (ATLAS_IS_PUBLICATION (item))
        footer = format_authors_year (ATLAS_PUBLICATION (item));
      else
        footer = atlas_item_format_footer (item);

      add_full (store, note, atlas_item_get_notes (item), section, atlas_item_get_id (item), kicker != NULL ? kicker : facts,
                title, body, footer, atlas_item_get_sensitive (item));
    }

  return G_LIST_MODEL (store);
}

/**
 * atlas_slide_list_new:
 * @profile: a profile
 * @section: one of its sections
 *
 * The slides of the items of @section, in the order of its page: the
 * statistics and the helpline for the Overview, every dated event for the
 * Timeline.
 *
 * Returns: (transfer full): a model of #AtlasSlide
 */
GListModel *
atlas_slide_list_new (AtlasProfile *profile,
                      AtlasSection  section)
{
  GListModel *model;

  g_return_val_if_fail (ATLAS_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (section < ATLAS_N_SECTIONS, NULL);

  if (section == ATLAS_SECTION_OVERVIEW)
    {
      GListStore *store = g_list_store_new (ATLAS_TYPE_SLIDE);

      add_overview (store, profile);
      return G_LIST_MODEL (store);
    }

  /* The Timeline page shows every dated event, not only its own items */
  model = section == ATLAS_SECTION_TIMELINE ? atlas_profile_get_events (profile)
                                            : atlas_profile_get_section_model (profile, section);

  return atlas_slide_list_new_for_items (profile, section, model);
}
