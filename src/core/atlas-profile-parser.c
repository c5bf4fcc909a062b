/* atlas-profile-parser.c: builds a profile's models from its JSON tree
 *
 * One parser per entity of docs/profile-format.md (statistic, initiative,
 * publication …), each reading its fields with the typed getters of
 * atlas-json-reader.c. An entity with a problem is left out; the walk goes
 * on. Any item, the helpline and each section may have notes; an item
 * with a problem in a note is left out like any other. The texts are kept
 * as the file writes them, in English: the loader then translates them
 * (atlas-profile-translate.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-profile-parser"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "atlas-event.h"
#include "atlas-figure.h"
#include "atlas-helpline.h"
#include "atlas-initiative.h"
#include "atlas-json-reader.h"
#include "atlas-legal-item.h"
#include "atlas-note.h"
#include "atlas-organization.h"
#include "atlas-police-unit.h"
#include "atlas-profile-parser.h"
#include "atlas-profile-private.h"
#include "atlas-publication.h"
#include "atlas-statistic.h"

typedef struct {
  AtlasJsonReader *reader;
  AtlasProfile    *profile;  /* being loaded */
} Parser;

/* A string member of @object: kept as the file writes it */
static const char *
get_text (Parser        *p,
          JsonObject    *object,
          const char    *parent,
          const char    *key,
          AtlasJsonNeed  need)
{
  return atlas_json_get_string (p->reader, object, parent, key, need);
}

/* A text of the profile object itself */
static char *
get_profile_text (Parser        *p,
                  JsonObject    *object,
                  const char    *parent,
                  const char    *key,
                  AtlasJsonNeed  need)
{
  return g_strdup (get_text (p, object, parent, key, need));
}

static AtlasSource *
parse_source (Parser     *p,
              JsonObject *object,
              const char *parent,
              const char *key)
{
  JsonObject *source = atlas_json_get_object (p->reader, object, parent, key, ATLAS_JSON_REQUIRED);
  g_autofree char *path = NULL;
  const char *name;
  const char *url;
  const char *license;
  guint before = p->reader->n_problems;

  if (source == NULL)
    return NULL;

  path = atlas_json_join_path (parent, key);
  name = get_text (p, source, path, "name", ATLAS_JSON_REQUIRED);
  url = atlas_json_get_url (p->reader, source, path, "url");
  license = get_text (p, source, path, "license", ATLAS_JSON_OPTIONAL);

  if (p->reader->n_problems != before)
    return NULL;

  return atlas_source_new (name, url, license);
}

/* A note: the fields of docs/profile-format.md, "Notes" */
static AtlasNote *
parse_note (Parser     *p,
            JsonObject *object,
            const char *path)
{
  guint before = p->reader->n_problems;
  g_autoptr(AtlasSource) source = NULL;
  const char *text;
  int kind, year, month, day;
  gboolean known_kind;
  guint before_date;

  known_kind = atlas_json_get_enum (p->reader, object, path, "kind", ATLAS_TYPE_NOTE_KIND, &kind);

  /* Required for updates only; a wrong one is a problem of its own */
  before_date = p->reader->n_problems;
  atlas_json_get_date (p->reader, object, path, "date", ATLAS_JSON_OPTIONAL, &year, &month, &day);
  if (known_kind && kind == ATLAS_NOTE_KIND_UPDATE && year == 0 &&
      p->reader->n_problems == before_date)
    atlas_json_add_problem (p->reader, path, "date", "%s", _("an update needs a date"));

  text = get_text (p, object, path, "text", ATLAS_JSON_REQUIRED);
  source = parse_source (p, object, path, "source");

  if (p->reader->n_problems != before)
    return NULL;

  return atlas_note_new (kind, year, month, day, text, source);
}

/* The notes at "notes" of @object, at most %ATLAS_NOTES_MAX; %NULL when
 * it has none or they have problems */
static GListModel *
parse_notes (Parser     *p,
             JsonObject *object,
             const char *parent,
             const char *key)
{
  guint before = p->reader->n_problems;
  g_autoptr(GPtrArray) notes = NULL;
  JsonArray *array;
  GListStore *store;

  array = atlas_json_get_array (p->reader, object, parent, key, ATLAS_JSON_OPTIONAL);
  if (array == NULL)
    return NULL;

  if (json_array_get_length (array) > ATLAS_NOTES_MAX)
    /* TRANSLATORS: too many notes beside one item: "at most 16 notes, got 17" */
    atlas_json_add_problem (p->reader, parent, key, _("at most %d notes, got %u"),
                            ATLAS_NOTES_MAX, json_array_get_length (array));

  notes = atlas_json_get_object_array (p->reader, object, parent, key, ATLAS_JSON_OPTIONAL,
                                       (AtlasJsonParseFunc) parse_note, p, g_object_unref);

  if (p->reader->n_problems != before || notes->len == 0)
    return NULL;

  store = g_list_store_new (ATLAS_TYPE_NOTE);
  g_list_store_splice (store, 0, 0, notes->pdata, notes->len);

  return G_LIST_MODEL (store);
}

typedef GObject *(*ParseItem) (Parser     *p,
                               JsonObject *object,
                               const char *path);

typedef struct {
  Parser    *p;
  ParseItem  parse;
} ItemParser;

/* An item of any section, with its notes */
static GObject *
parse_item (ItemParser *ip,
            JsonObject *object,
            const char *path)
{
  Parser *p = ip->p;
  guint before = p->reader->n_problems;
  g_autoptr(GObject) item = ip->parse (p, object, path);
  g_autoptr(GListModel) notes = parse_notes (p, object, path, "notes");

  if (item == NULL || p->reader->n_problems != before)
    return NULL;

  atlas_item_set_notes (ATLAS_ITEM (item), notes);

  return g_steal_pointer (&item);
}

/* Calls @parse on each element of the array at @key, which must be an
 * object, and appends the non-%NULL results, with their notes, to
 * @store. */
static void
parse_items (Parser     *p,
             JsonObject *object,
             const char *parent,
             const char *key,
             ParseItem   parse,
             GListStore *store)
{
  ItemParser ip = { p, parse };
  g_autoptr(GPtrArray) items = atlas_json_get_object_array (p->reader, object, parent, key,
                                                            ATLAS_JSON_REQUIRED,
                                                            (AtlasJsonParseFunc) parse_item, &ip,
                                                            g_object_unref);

  /* One items-changed for the whole section, not one per item */
  if (items != NULL)
    g_list_store_splice (store, 0, 0, items->pdata, items->len);
}

/* A figure: the fields of docs/profile-format.md, "Statistics" */
static AtlasFigure *
parse_figure (Parser     *p,
              JsonObject *object,
              const char *path)
{
  g_autoptr(AtlasFigure) figure = atlas_figure_new ();
  guint before = p->reader->n_problems;
  JsonNode *value;
  int unit;

  /* "value": null says that the source gives no figure */
  value = json_object_get_member (object, "value");
  if (value == NULL || !JSON_NODE_HOLDS_NULL (value))
    figure->has_value = atlas_json_get_number (p->reader, object, path, "value", &figure->value);
  atlas_json_get_enum (p->reader, object, path, "unit", ATLAS_TYPE_FIGURE_UNIT, &unit);
  figure->unit = unit;
  figure->counted = g_strdup (get_text (p, object, path, "counted", ATLAS_JSON_OPTIONAL));
  atlas_json_get_year (p->reader, object, path, "year", ATLAS_JSON_REQUIRED, &figure->year);
  figure->period = g_strdup (get_text (p, object, path, "period", ATLAS_JSON_OPTIONAL));
  figure->source = parse_source (p, object, path, "source");

  if (p->reader->n_problems != before)
    return NULL;

  return g_steal_pointer (&figure);
}

static AtlasSeries *
parse_series (Parser     *p,
              JsonObject *object,
              const char *path)
{
  g_autoptr(AtlasSeries) series = atlas_series_new ();
  g_autofree char *points_path = NULL;
  guint before = p->reader->n_problems;
  JsonArray *points;
  int unit;

  series->id = g_strdup (atlas_json_get_id (p->reader, object, path));
  series->label = g_strdup (get_text (p, object, path, "label", ATLAS_JSON_REQUIRED));
  atlas_json_get_enum (p->reader, object, path, "unit", ATLAS_TYPE_FIGURE_UNIT, &unit);
  series->unit = unit;
  series->source = parse_source (p, object, path, "source");

  points = atlas_json_get_array (p->reader, object, path, "points", ATLAS_JSON_REQUIRED);
  points_path = atlas_json_join_path (path, "points");

  for (guint i = 0; points != NULL && i < json_array_get_length (points); i++)
    {
      JsonNode *node = json_array_get_element (points, i);
      g_autofree char *element = atlas_json_index_path (points_path, i);
      JsonObject *point_object;
      AtlasPoint point;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          atlas_json_wrong_type (p->reader, element, NULL, _("an object"), node);
          continue;
        }

      point_object = json_node_get_object (node);
      if (!atlas_json_get_year (p->reader, point_object, element, "year", ATLAS_JSON_REQUIRED,
                                &point.year) |
          !atlas_json_get_number (p->reader, point_object, element, "value", &point.value))
        continue;

      if (series->points->len > 0 &&
          g_array_index (series->points, AtlasPoint, series->points->len - 1).year >= point.year)
        {
          atlas_json_add_problem (p->reader, element, "year", "%s",
                                  _("points must be in increasing year order, each year once"));
          continue;
        }

      g_array_append_val (series->points, point);
    }

  if (p->reader->n_problems != before)
    return NULL;

  return g_steal_pointer (&series);
}

static GObject *
parse_statistic (Parser     *p,
                 JsonObject *object,
                 const char *path)
{
  guint before = p->reader->n_problems;
  const char *id = atlas_json_get_id (p->reader, object, path);
  const char *label = get_text (p, object, path, "label", ATLAS_JSON_REQUIRED);
  const char *note = get_text (p, object, path, "note", ATLAS_JSON_OPTIONAL);
  g_autoptr(AtlasFigure) headline = parse_figure (p, object, path);
  g_autoptr(AtlasFigure) secondary = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GPtrArray) series = NULL;
  JsonObject *secondary_object;

  secondary_object = atlas_json_get_object (p->reader, object, path, "secondary",
                                            ATLAS_JSON_OPTIONAL);
  if (secondary_object != NULL)
    {
      g_autofree char *secondary_path = atlas_json_join_path (path, "secondary");
      secondary = parse_figure (p, secondary_object, secondary_path);
    }

  history = atlas_json_get_object_array (p->reader, object, path, "history", ATLAS_JSON_OPTIONAL,
                                         (AtlasJsonParseFunc) parse_figure, p,
                                         (GDestroyNotify) atlas_figure_unref);
  series = atlas_json_get_object_array (p->reader, object, path, "series", ATLAS_JSON_OPTIONAL,
                                        (AtlasJsonParseFunc) parse_series, p,
                                        (GDestroyNotify) atlas_series_unref);

  if (p->reader->n_problems != before)
    return NULL;

  if (history == NULL)
    history = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_figure_unref);
  if (series == NULL)
    series = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_series_unref);

  return g_object_new (ATLAS_TYPE_STATISTIC,
                       "id", id,
                       "title", label,
                       "year", headline->year,
                       "description", note,
                       "headline", headline,
                       "secondary", secondary,
                       "history", history,
                       "series", series,
                       NULL);
}

static GObject *
parse_initiative (Parser     *p,
                  JsonObject *object,
                  const char *path)
{
  guint before = p->reader->n_problems;
  const char *id = atlas_json_get_id (p->reader, object, path);
  const char *title = get_text (p, object, path, "title", ATLAS_JSON_REQUIRED);
  const char *description = get_text (p, object, path, "description", ATLAS_JSON_REQUIRED);
  const char *url = atlas_json_get_url (p->reader, object, path, "url");
  int year, end_year;

  atlas_json_get_year_range (p->reader, object, path, &year, &end_year);

  if (p->reader->n_problems != before)
    return NULL;

  return g_object_new (ATLAS_TYPE_INITIATIVE,
                       "id", id,
                       "title", title,
                       "year", year,
                       "end-year", end_year,
                       "description", description,
                       "url", url,
                       NULL);
}

static GObject *
parse_police_unit (Parser     *p,
                   JsonObject *object,
                   const char *path)
{
  guint before = p->reader->n_problems;
  const char *id = atlas_json_get_id (p->reader, object, path);
  const char *acronym = get_text (p, object, path, "acronym", ATLAS_JSON_REQUIRED);
  const char *name = get_text (p, object, path, "name", ATLAS_JSON_OPTIONAL);
  const char *remit = get_text (p, object, path, "remit", ATLAS_JSON_REQUIRED);
  const char *url = atlas_json_get_url (p->reader, object, path, "url");
  int level;

  atlas_json_get_enum (p->reader, object, path, "level", ATLAS_TYPE_LEVEL, &level);

  if (p->reader->n_problems != before)
    return NULL;

  /* Without a name, the unit goes by its acronym */
  return g_object_new (ATLAS_TYPE_POLICE_UNIT,
                       "id", id,
                       "acronym", acronym,
                       "title", name != NULL ? name : acronym,
                       "level", level,
                       "description", remit,
                       "url", url,
                       NULL);
}

static GObject *
parse_organization (Parser     *p,
                    JsonObject *object,
                    const char *path)
{
  guint before = p->reader->n_problems;
  const char *id = atlas_json_get_id (p->reader, object, path);
  const char *name = get_text (p, object, path, "name", ATLAS_JSON_REQUIRED);
  const char *english_name = get_text (p, object, path, "english_name", ATLAS_JSON_OPTIONAL);
  const char *description = get_text (p, object, path, "description", ATLAS_JSON_REQUIRED);
  const char *url = atlas_json_get_url (p->reader, object, path, "url");
  int kind, scope, founded;

  atlas_json_get_enum (p->reader, object, path, "kind", ATLAS_TYPE_ORGANIZATION_KIND, &kind);
  atlas_json_get_enum (p->reader, object, path, "scope", ATLAS_TYPE_SCOPE, &scope);
  atlas_json_get_year (p->reader, object, path, "founded", ATLAS_JSON_OPTIONAL, &founded);

  if (p->reader->n_problems != before)
    return NULL;

  return g_object_new (ATLAS_TYPE_ORGANIZATION,
                       "id", id,
                       "title", name,
                       "english-name", english_name,
                       "kind", kind,
                       "scope", scope,
                       "year", founded,
                       "description", description,
                       "url", url,
                       NULL);
}

/* The authors: each a string (a person, or a body whose name says so) or
 * an object {"organization": "…"}, a body whatever its name looks like.
 * Sets @authors to all of them and @organizations to the bodies marked. */
static void
parse_authors (Parser      *p,
               JsonObject  *object,
               const char  *parent,
               char      ***authors,
               char      ***organizations)
{
  JsonArray *array = atlas_json_get_array (p->reader, object, parent, "authors",
                                           ATLAS_JSON_REQUIRED);
  g_autoptr(GStrvBuilder) all = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) bodies = g_strv_builder_new ();
  g_autofree char *path = atlas_json_join_path (parent, "authors");

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *element = atlas_json_index_path (path, i);
      const char *name;

      if (JSON_NODE_HOLDS_OBJECT (node))
        {
          name = get_text (p, json_node_get_object (node), element, "organization",
                           ATLAS_JSON_REQUIRED);
          if (name != NULL)
            g_strv_builder_add (bodies, name);
        }
      else
        name = atlas_json_node_get_string (p->reader, node, element, _("a string or an object"));

      if (name != NULL)
        g_strv_builder_add (all, name);
    }

  *authors = g_strv_builder_end (all);
  *organizations = g_strv_builder_end (bodies);
}

static GObject *
parse_publication (Parser     *p,
                   JsonObject *object,
                   const char *path)
{
  guint before = p->reader->n_problems;
  const char *id = atlas_json_get_id (p->reader, object, path);
  const char *title = get_text (p, object, path, "title", ATLAS_JSON_REQUIRED);
  const char *contributors = get_text (p, object, path, "contributors", ATLAS_JSON_OPTIONAL);
  const char *summary = get_text (p, object, path, "summary", ATLAS_JSON_REQUIRED);
  const char *url = atlas_json_get_url (p->reader, object, path, "url");
  g_auto(GStrv) authors = NULL;
  g_auto(GStrv) organizations = NULL;
  int year;

  atlas_json_get_year (p->reader, object, path, "year", ATLAS_JSON_REQUIRED, &year);
  parse_authors (p, object, path, &authors, &organizations);

  if (p->reader->n_problems != before)
    return NULL;

  return G_OBJECT (atlas_publication_new (id, title, year, (const char * const *) authors,
                                          (const char * const *) organizations,
                                          contributors, summary, url));
}

static GObject *
parse_legal_item (Parser     *p,
                  JsonObject *object,
                  const char *path)
{
  guint before = p->reader->n_problems;
  const char *id = atlas_json_get_id (p->reader, object, path);
  const char *title = get_text (p, object, path, "title", ATLAS_JSON_REQUIRED);
  const char *part = get_text (p, object, path, "part", ATLAS_JSON_OPTIONAL);
  const char *description = get_text (p, object, path, "description", ATLAS_JSON_REQUIRED);
  const char *penalty = get_text (p, object, path, "penalty", ATLAS_JSON_OPTIONAL);
  const char *code = NULL;
  const char *article = NULL;
  gboolean sensitive;
  int kind, year, month;

  if (atlas_json_get_enum (p->reader, object, path, "kind", ATLAS_TYPE_LEGAL_KIND, &kind))
    {
      AtlasJsonNeed need = kind == ATLAS_LEGAL_KIND_ARTICLE ? ATLAS_JSON_REQUIRED : ATLAS_JSON_OPTIONAL;

      code = get_text (p, object, path, "code", need);
      article = get_text (p, object, path, "article", need);
    }

  atlas_json_get_year (p->reader, object, path, "year", ATLAS_JSON_OPTIONAL, &year);
  if (atlas_json_get_int (p->reader, object, path, "month", ATLAS_JSON_OPTIONAL, 1, 12,
                          &month) && year == 0)
    atlas_json_add_problem (p->reader, path, "month", "%s", _("a month needs a year"));
  atlas_json_get_bool (p->reader, object, path, "sensitive", &sensitive);

  if (p->reader->n_problems != before)
    return NULL;

  return g_object_new (ATLAS_TYPE_LEGAL_ITEM,
                       "id", id,
                       "kind", kind,
                       "title", title,
                       "code", code,
                       "article", article,
                       "part", part,
                       "year", year,
                       "month", month,
                       "description", description,
                       "penalty", penalty,
                       "sensitive", sensitive,
                       NULL);
}

static GObject *
parse_event (Parser     *p,
             JsonObject *object,
             const char *path)
{
  guint before = p->reader->n_problems;
  const char *id = atlas_json_get_id (p->reader, object, path);
  const char *title = get_text (p, object, path, "title", ATLAS_JSON_REQUIRED);
  const char *description = get_text (p, object, path, "description", ATLAS_JSON_REQUIRED);
  int year, end_year;

  atlas_json_get_year_range (p->reader, object, path, &year, &end_year);

  if (p->reader->n_problems != before)
    return NULL;

  return G_OBJECT (atlas_event_new (id, year, end_year, title, description));
}

static AtlasHelpline *
parse_helpline (Parser     *p,
                JsonObject *root)
{
  JsonObject *object = atlas_json_get_object (p->reader, root, "", "helpline", ATLAS_JSON_OPTIONAL);
  const char *path = "helpline";
  g_autoptr(AtlasSource) source = NULL;
  g_autoptr(GListModel) notes = NULL;
  g_auto(GStrv) channels = NULL;
  const char *name, *number, *cost, *hours, *description, *url;
  guint before = p->reader->n_problems;
  gboolean ok;

  if (object == NULL)
    return NULL;

  name = get_text (p, object, path, "name", ATLAS_JSON_REQUIRED);
  number = get_text (p, object, path, "number", ATLAS_JSON_REQUIRED);
  cost = get_text (p, object, path, "cost", ATLAS_JSON_OPTIONAL);
  hours = get_text (p, object, path, "hours", ATLAS_JSON_OPTIONAL);
  channels = atlas_json_get_strv (p->reader, object, path, "channels", ATLAS_JSON_OPTIONAL, &ok);
  description = get_text (p, object, path, "description", ATLAS_JSON_REQUIRED);
  url = atlas_json_get_url (p->reader, object, path, "url");
  source = parse_source (p, object, path, "source");
  notes = parse_notes (p, object, path, "notes");

  if (p->reader->n_problems != before)
    return NULL;

  return g_object_new (ATLAS_TYPE_HELPLINE,
                       "name", name,
                       "number", number,
                       "cost", cost,
                       "hours", hours,
                       "channels", channels,
                       "description", description,
                       "url", url,
                       "source", source,
                       "notes", notes,
                       NULL);
}

/* "section_notes": the notes on each section as a whole, by the section's
 * name (`--section NAME`); other names are ignored, as unknown fields are */
static void
parse_section_notes (Parser       *p,
                     JsonObject   *root,
                     AtlasProfile *self)
{
  JsonObject *object = atlas_json_get_object (p->reader, root, "", "section_notes",
                                              ATLAS_JSON_OPTIONAL);

  if (object == NULL)
    return;

  for (AtlasSection section = 0; section < ATLAS_N_SECTIONS; section++)
    {
      const char *name = atlas_enum_to_nick (ATLAS_TYPE_SECTION, section);

      self->section_notes[section] = parse_notes (p, object, "section_notes", name);
    }
}

static void
parse_profile (Parser       *p,
               JsonObject   *root,
               AtlasProfile *self)
{
  const char *format = get_text (p, root, "", "format", ATLAS_JSON_REQUIRED);
  JsonObject *country, *edition, *law_enforcement, *legislation;

  if (format != NULL && g_strcmp0 (format, "atlas-profile") != 0)
    {
      g_autofree char *escaped = g_strescape (format, NULL);

      atlas_json_add_problem (p->reader, "format", NULL,
                              _("expected \"atlas-profile\", got \"%s\": this is not an Atlas profile"),
                   escaped);
    }

  atlas_json_get_int (p->reader, root, "", "format_version", ATLAS_JSON_REQUIRED, 1, G_MAXINT,
                      &self->format_version);

  country = atlas_json_get_object (p->reader, root, "", "country", ATLAS_JSON_REQUIRED);
  if (country != NULL)
    {
      const char *code = get_text (p, country, "country", "code", ATLAS_JSON_REQUIRED);

      if (code != NULL &&
          !(strlen (code) == 2 && g_ascii_isupper (code[0]) && g_ascii_isupper (code[1])))
        {
          g_autofree char *escaped = g_strescape (code, NULL);

          atlas_json_add_problem (p->reader, "country", "code",
                                  _("expected a two-letter country code such as \"BE\", got \"%s\""),
                       escaped);
        }
      else
        self->country_code = g_strdup (code);

      self->country_name = get_profile_text (p, country, "country", "name", ATLAS_JSON_REQUIRED);
    }

  edition = atlas_json_get_object (p->reader, root, "", "edition", ATLAS_JSON_REQUIRED);
  if (edition != NULL)
    {
      atlas_json_get_year (p->reader, edition, "edition", "year", ATLAS_JSON_REQUIRED,
                           &self->edition_year);
      self->edition_title = get_profile_text (p, edition, "edition", "title",
                                              ATLAS_JSON_REQUIRED);
      self->edition_publisher = get_profile_text (p, edition, "edition", "publisher",
                                                  ATLAS_JSON_OPTIONAL);
      self->edition_note = get_profile_text (p, edition, "edition", "note", ATLAS_JSON_OPTIONAL);
    }

  self->helpline = parse_helpline (p, root);

  parse_items (p, root, "", "statistics", parse_statistic, self->statistics);
  self->statistics_note = get_profile_text (p, root, "", "statistics_note", ATLAS_JSON_OPTIONAL);

  parse_items (p, root, "", "education", parse_initiative, self->education);

  law_enforcement = atlas_json_get_object (p->reader, root, "", "law_enforcement",
                                           ATLAS_JSON_REQUIRED);
  if (law_enforcement != NULL)
    {
      self->law_enforcement_agency =
        get_profile_text (p, law_enforcement, "law_enforcement", "agency", ATLAS_JSON_REQUIRED);
      self->law_enforcement_description =
        get_profile_text (p, law_enforcement, "law_enforcement", "description",
                          ATLAS_JSON_REQUIRED);
      parse_items (p, law_enforcement, "law_enforcement", "units",
                   parse_police_unit, self->police_units);
    }

  parse_items (p, root, "", "organizations", parse_organization, self->organizations);
  parse_items (p, root, "", "research", parse_publication, self->research);

  legislation = atlas_json_get_object (p->reader, root, "", "legislation", ATLAS_JSON_REQUIRED);
  if (legislation != NULL)
    {
      self->legislation_intro =
        get_profile_text (p, legislation, "legislation", "intro", ATLAS_JSON_REQUIRED);
      parse_items (p, legislation, "legislation", "items",
                   parse_legal_item, self->legislation);
    }

  parse_items (p, root, "", "timeline", parse_event, self->timeline);

  parse_section_notes (p, root, self);
}

/*
 * atlas_profile_parse:
 * @self: an empty profile (atlas_profile_new_empty())
 * @root: the top level of the file
 * @problems: (element-type AtlasProblem): where the problems go
 *
 * Fills @self from @root, with the texts in English.
 *
 * Returns: the number of problems found, including those beyond the ones
 *   kept in @problems
 */
guint
atlas_profile_parse (AtlasProfile *self,
                     JsonObject   *root,
                     GPtrArray    *problems)
{
  g_auto(AtlasJsonReader) reader = { 0 };
  Parser p = { &reader, self };

  atlas_json_reader_init (&reader, problems);
  parse_profile (&p, root, self);

  return reader.n_problems;
}
