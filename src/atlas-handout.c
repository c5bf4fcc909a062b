/* atlas-handout.c: a section or the whole profile on A4 paper, or in a PDF
 *
 * The handout is laid out with Pango on the print context: the helpline
 * first (atlas-handout-helpline.c: its number, name, website and QR code),
 * the country and edition, each section under its title, each item as on
 * its slide (atlas-slide.c) with the sources of the figures and the
 * citations of the publications, the web address of each link (a paper
 * copy cannot be clicked), each statistic's charts (atlas_chart_draw()),
 * and a footer with the page number and the edition. Margins are 20 mm,
 * which school copiers keep; a heading never ends a page: it goes to the
 * next one with the block it heads. Text stays text and charts and codes
 * stay vectors in a PDF. The classroom-safe view applies: sensitive texts
 * are left out, with a neutral line in their place.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-handout"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "atlas-chart.h"
#include "atlas-handout.h"
#include "atlas-save.h"
#include "atlas-handout-helpline.h"
#include "atlas-sections.h"
#include "atlas-note-view.h"
#include "atlas-slide.h"
#include "atlas-statistic.h"
#include "atlas-url.h"

/* On every side of the page, in millimetres */
#define MARGIN_MM 20.0
/* Points */
#define FOOTER_HEIGHT 24.0
#define CHART_HEIGHT  140.0
#define CHART_TEXT    8.0

typedef enum {
  BLOCK_TITLE,    /* the country */
  BLOCK_SUBTITLE, /* the edition */
  BLOCK_SECTION,  /* a section's title */
  BLOCK_KICKER,
  BLOCK_HEADING,  /* an item's title */
  BLOCK_BODY,
  BLOCK_NOTE,     /* a source or a citation */
  BLOCK_LINK,     /* the address of a link */
  BLOCK_CAPTION,  /* a chart's title */
  BLOCK_CHART,
  BLOCK_HELPLINE,
} BlockKind;

static const struct {
  const char *font;
  double      space_before;  /* points */
} block_styles[] = {
  [BLOCK_TITLE] = { "Sans Bold 20", 14 },
  [BLOCK_SUBTITLE] = { "Sans 10", 2 },
  [BLOCK_SECTION] = { "Sans Bold 15", 18 },
  [BLOCK_KICKER] = { "Sans Bold 8.5", 10 },
  [BLOCK_HEADING] = { "Sans Bold 11", 1 },
  [BLOCK_BODY] = { "Sans 10", 3 },
  [BLOCK_NOTE] = { "Sans Italic 8.5", 3 },
  [BLOCK_LINK] = { "Sans 8.5", 1 },
  [BLOCK_CAPTION] = { "Sans Bold 8.5", 8 },
  [BLOCK_CHART] = { NULL, 4 },
  [BLOCK_HELPLINE] = { NULL, 0 },
};

/* Headings go with what follows them: never last on a page */
static gboolean
is_heading (BlockKind kind)
{
  return kind == BLOCK_SECTION || kind == BLOCK_KICKER || kind == BLOCK_HEADING || kind == BLOCK_CAPTION;
}

typedef struct {
  BlockKind    kind;
  char        *text;    /* the text, or the address of a link */
  AtlasSeries *series;  /* a chart's, owned by the profile */
  PangoLayout *layout;  /* made in begin-print */
  double       height;
  int          page;
} Block;

typedef struct {
  AtlasProfile         *profile;
  int                   section;  /* or -1 for the whole profile */
  AtlasHandoutHelpline *helpline;  /* nullable */
  GArray               *blocks;
  char                 *footer;
  int                   n_pages;
} Handout;

static void
block_clear (gpointer data)
{
  Block *block = data;

  g_free (block->text);
  g_clear_object (&block->layout);
}

static void
add_block (Handout    *handout,
           BlockKind   kind,
           const char *text)
{
  Block block = { kind, NULL, NULL, NULL, 0, 0 };

  if (text == NULL || text[0] == '\0')
    return;

  block.text = g_strdup (text);
  g_array_append_val (handout->blocks, block);
}

/* The address of a link, unless the text above already gives it (a
 * citation does) */
static void
add_link (Handout    *handout,
          const char *url,
          const char *above)
{
  if (url == NULL || !atlas_url_is_web (url) || (above != NULL && strstr (above, url) != NULL))
    return;

  add_block (handout, BLOCK_LINK, url);
}

/* A statistic's charts, each with its title, and its source when it is not
 * the headline's */
static void
add_charts (Handout        *handout,
            AtlasStatistic *statistic)
{
  GPtrArray *series = atlas_statistic_get_series (statistic);
  AtlasSource *headline_source = atlas_statistic_get_headline (statistic)->source;

  for (guint i = 0; series != NULL && i < series->len; i++)
    {
      AtlasSeries *one = g_ptr_array_index (series, i);
      Block chart = { BLOCK_CHART, NULL, one, NULL, CHART_HEIGHT, 0 };

      if (one->points->len == 0)
        continue;

      add_block (handout, BLOCK_CAPTION, one->label);
      g_array_append_val (handout->blocks, chart);
      if (one->source != NULL && one->source != headline_source &&
          g_strcmp0 (one->source->name, headline_source != NULL ? headline_source->name : NULL) != 0)
        {
          g_autofree char *source = atlas_source_format (one->source);

          add_block (handout, BLOCK_NOTE, source);
          add_link (handout, one->source->url, NULL);
        }
    }
}

/* The items of @section by id, for their links and charts */
static GHashTable *
index_items (AtlasProfile *profile,
             AtlasSection  section)
{
  GHashTable *items = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *model = section == ATLAS_SECTION_OVERVIEW ? atlas_profile_get_statistics (profile)
                    : section == ATLAS_SECTION_TIMELINE ? atlas_profile_get_events (profile)
                    : atlas_profile_get_section_model (profile, section);

  /* The model belongs to the profile, which outlives the table */
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AtlasItem) item = g_list_model_get_item (model, i);

      g_hash_table_insert (items, (char *) atlas_item_get_id (item), item);
    }

  return items;
}

static void
add_section (Handout      *handout,
             AtlasSection  section,
             gboolean      classroom_safe)
{
  g_autoptr(GListModel) slides = atlas_slide_list_new (handout->profile, section);
  g_autoptr(GHashTable) items = index_items (handout->profile, section);

  add_block (handout, BLOCK_SECTION, atlas_section_get_title (section));
  {
    g_autofree char *notes = atlas_notes_format_text (atlas_profile_get_section_notes (handout->profile, section));

    add_block (handout, BLOCK_BODY, notes);
  }

  for (guint i = 0; i < g_list_model_get_n_items (slides); i++)
    {
      g_autoptr(AtlasSlide) slide = g_list_model_get_item (slides, i);
      AtlasItem *item = g_hash_table_lookup (items, atlas_slide_get_item_id (slide));

      /* The helpline opens the handout (atlas-handout-helpline.c) */
      if (section == ATLAS_SECTION_OVERVIEW && g_strcmp0 (atlas_slide_get_item_id (slide), "helpline") == 0)
        continue;

      add_block (handout, BLOCK_KICKER, atlas_slide_get_kicker (slide));
      add_block (handout, BLOCK_HEADING, atlas_slide_get_title (slide));
      /* Never printed without its note, hidden details or not */
      add_block (handout, BLOCK_BODY, atlas_slide_get_notes (slide));

      if (classroom_safe && atlas_slide_get_sensitive (slide))
        {
          add_block (handout, BLOCK_NOTE, atlas_classroom_safe_note ());
          continue;
        }

      add_block (handout, BLOCK_BODY, atlas_slide_get_body (slide));
      add_block (handout, BLOCK_NOTE, atlas_slide_get_footer (slide));
      if (item == NULL)
        continue;

      /* A statistic's source and charts; an item's website */
      if (ATLAS_IS_STATISTIC (item))
        {
          AtlasSource *source = atlas_statistic_get_headline (ATLAS_STATISTIC (item))->source;

          add_link (handout, source != NULL ? source->url : NULL, NULL);
          add_charts (handout, ATLAS_STATISTIC (item));
        }
      add_link (handout, atlas_item_get_url (item), atlas_slide_get_footer (slide));
    }
}

static Handout *
handout_new (AtlasContext *context,
             AtlasProfile *profile,
             int           section)
{
  Handout *handout = g_new0 (Handout, 1);
  gboolean classroom_safe = atlas_context_get_classroom_safe (context);
  g_autofree char *edition = NULL;

  handout->profile = g_object_ref (profile);
  handout->section = section;
  handout->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (handout->blocks, block_clear);

  edition = g_strdup_printf ("%s · %d", atlas_profile_get_edition_title (profile),
                             atlas_profile_get_edition_year (profile));
  /* TRANSLATORS: the footer of each printed page: "Belgium · GRID: Global Resource & Information Directory · 2016" */
  handout->footer = g_strdup_printf (_("%s · %s"), atlas_profile_get_country_name (profile), edition);

  /* The helpline first, on every handout */
  handout->helpline = atlas_handout_helpline_new (profile);
  if (handout->helpline != NULL)
    {
      Block block = { BLOCK_HELPLINE, NULL, NULL, NULL, 0, 0 };

      g_array_append_val (handout->blocks, block);
    }

  add_block (handout, BLOCK_TITLE, atlas_profile_get_country_name (profile));
  add_block (handout, BLOCK_SUBTITLE, edition);
  add_block (handout, BLOCK_SUBTITLE, atlas_profile_get_edition_note (profile));

  if (section >= 0)
    add_section (handout, section, classroom_safe);
  else
    for (AtlasSection s = 0; s < ATLAS_N_SECTIONS; s++)
      add_section (handout, s, classroom_safe);

  return handout;
}

static void
handout_free (gpointer data)
{
  Handout *handout = data;

  g_array_unref (handout->blocks);
  g_clear_pointer (&handout->helpline, atlas_handout_helpline_free);
  g_object_unref (handout->profile);
  g_free (handout->footer);
  g_free (handout);
}

/* Lays @block out at @width, for its height */
static void
layout_block (Handout         *handout,
              Block           *block,
              GtkPrintContext *context,
              double           width)
{
  if (block->kind == BLOCK_HELPLINE)
    {
      block->height = atlas_handout_helpline_layout (handout->helpline, context, width);
      return;
    }
  if (block->kind == BLOCK_CHART)
    return;

  g_clear_object (&block->layout);
  block->layout = atlas_handout_create_layout (context, block_styles[block->kind].font, width,
                                               block->text, &block->height);
}

/* The room @block needs at the bottom of a page: a heading, the headings
 * under it, and the block they head */
static double
keep_height (Handout *handout,
             guint    index)
{
  double height = 0;

  for (guint i = index; i < handout->blocks->len; i++)
    {
      Block *block = &g_array_index (handout->blocks, Block, i);

      height += (i > index ? block_styles[block->kind].space_before : 0) + block->height;
      if (!is_heading (block->kind))
        break;
    }

  return height;
}

/* Lays out every block at the page's width and gives each its page */
static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                Handout           *handout)
{
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context) - FOOTER_HEIGHT;
  double y = 0;
  int page = 0;

  for (guint i = 0; i < handout->blocks->len; i++)
    layout_block (handout, &g_array_index (handout->blocks, Block, i), context, width);

  for (guint i = 0; i < handout->blocks->len; i++)
    {
      Block *block = &g_array_index (handout->blocks, Block, i);
      double space = y > 0 ? block_styles[block->kind].space_before : 0;
      /* a block taller than a page goes on one of its own */
      double needed = MIN (keep_height (handout, i), height);

      /* A section starts a new page (but the first) when the page is half
       * full */
      if (block->kind == BLOCK_SECTION && y > height / 2)
        y = height + 1;
      if (y > 0 && y + space + needed > height)
        {
          page++;
          y = 0;
          space = 0;
        }

      block->page = page;
      y += space + block->height;
    }

  handout->n_pages = page + 1;
  gtk_print_operation_set_n_pages (operation, handout->n_pages);
}

/* @block at @y on the page */
static void
draw_block (Handout *handout,
            Block   *block,
            cairo_t *cr,
            double   width,
            double   y)
{
  static const GdkRGBA black = { 0, 0, 0, 1 };
  static const GdkRGBA blue = { 0.11, 0.44, 0.85, 1 };  /* GNOME's blue 3 */

  switch (block->kind)
    {
    case BLOCK_HELPLINE:
      atlas_handout_helpline_draw (handout->helpline, cr, y);
      break;

    case BLOCK_CHART:
      {
        PangoFontDescription *font = pango_font_description_from_string ("Sans");

        cairo_save (cr);
        cairo_translate (cr, 0, y);
        atlas_chart_draw (cr, NULL, font, block->series, width, block->height, CHART_TEXT, &black, &blue);
        cairo_restore (cr);
        pango_font_description_free (font);
      }
      break;

    case BLOCK_LINK:
      cairo_move_to (cr, 0, y);
      atlas_handout_begin_link (cr, block->text);
      pango_cairo_show_layout (cr, block->layout);
      cairo_tag_end (cr, CAIRO_TAG_LINK);
      break;

    default:
      cairo_move_to (cr, 0, y);
      pango_cairo_show_layout (cr, block->layout);
    }
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              Handout           *handout)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  g_autoptr(PangoLayout) footer = gtk_print_context_create_pango_layout (context);
  g_autofree char *footer_text = NULL;
  PangoFontDescription *font;
  double y = 0;

  cairo_set_source_rgb (cr, 0, 0, 0);

  for (guint i = 0; i < handout->blocks->len; i++)
    {
      Block *block = &g_array_index (handout->blocks, Block, i);

      if (block->page != page_nr)
        continue;

      if (y > 0)
        y += block_styles[block->kind].space_before;
      cairo_set_source_rgb (cr, 0, 0, 0);
      draw_block (handout, block, cr, width, y);
      y += block->height;
    }

  /* TRANSLATORS: the page number in the footer of a printed page: "Page 2 of 5" */
  footer_text = g_strdup_printf (_("%s · Page %d of %d"), handout->footer, page_nr + 1, handout->n_pages);
  font = pango_font_description_from_string ("Sans 8");
  pango_layout_set_font_description (footer, font);
  pango_font_description_free (font);
  pango_layout_set_width (footer, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (footer, PANGO_ELLIPSIZE_MIDDLE);
  pango_layout_set_text (footer, footer_text, -1);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  cairo_move_to (cr, 0, height - FOOTER_HEIGHT / 2);
  pango_cairo_show_layout (cr, footer);
}

static GtkPrintOperation *
create_operation (AtlasContext *context,
                  AtlasProfile *profile,
                  int           section)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  Handout *handout = handout_new (context, profile, section);
  g_autofree char *name = NULL;

  gtk_page_setup_set_paper_size (setup, a4);
  /* 18 pt, the default, is less than copiers clip */
  gtk_page_setup_set_top_margin (setup, MARGIN_MM, GTK_UNIT_MM);
  gtk_page_setup_set_bottom_margin (setup, MARGIN_MM, GTK_UNIT_MM);
  gtk_page_setup_set_left_margin (setup, MARGIN_MM, GTK_UNIT_MM);
  gtk_page_setup_set_right_margin (setup, MARGIN_MM, GTK_UNIT_MM);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);

  /* "Belgium – Legislation", the name of the file or job */
  name = section >= 0
    ? g_strdup_printf ("%s – %s", atlas_profile_get_country_name (profile), atlas_section_get_title (section))
    : g_strdup (atlas_profile_get_country_name (profile));
  gtk_print_operation_set_job_name (operation, name);

  g_object_set_data_full (G_OBJECT (operation), "atlas-handout", handout, handout_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), handout);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), handout);

  return operation;
}

/**
 * atlas_handout_print:
 * @parent: the window the print dialog belongs to
 * @context: the app's shared state: whether the view is classroom-safe
 * @section: a section, or -1 for the whole profile
 *
 * Shows the print dialog for a handout of @section (its "Print to File"
 * makes a PDF too).
 */
void
atlas_handout_print (GtkWindow    *parent,
                     AtlasContext *context,
                     AtlasProfile *profile,
                     int           section)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (ATLAS_IS_CONTEXT (context));
  g_return_if_fail (ATLAS_IS_PROFILE (profile));
  g_return_if_fail (section >= -1 && section < ATLAS_N_SECTIONS);

  operation = create_operation (context, profile, section);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    g_warning ("Could not print: %s", error->message);
}

/**
 * atlas_handout_export_pdf:
 * @context: the app's shared state: whether the view is classroom-safe
 * @section: a section, or -1 for the whole profile
 * @path: where to write the PDF
 *
 * Writes a handout of @section to a PDF file, A4, without a dialog.
 *
 * Returns: the number of pages, or 0 with @error set
 */
int
atlas_handout_export_pdf (AtlasContext  *context,
                          AtlasProfile  *profile,
                          int            section,
                          const char    *path,
                          GError       **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *scratch = NULL;
  g_autofree char *scratch_pdf = NULL;
  g_autofree char *contents = NULL;
  Handout *handout;
  gsize len;
  int n_pages = 0;

  g_return_val_if_fail (ATLAS_IS_CONTEXT (context), 0);
  g_return_val_if_fail (ATLAS_IS_PROFILE (profile), 0);
  g_return_val_if_fail (section >= -1 && section < ATLAS_N_SECTIONS, 0);
  g_return_val_if_fail (path != NULL, 0);

  /* GTK writes the PDF with cairo and says nothing of a failed write: it
   * goes to a scratch file first, which must be a whole PDF, and then
   * replaces @path as one step (atlas-save.c), or leaves it as it was */
  scratch = g_dir_make_tmp ("atlas-handout-XXXXXX", error);
  if (scratch == NULL)
    return 0;
  scratch_pdf = g_build_filename (scratch, "handout.pdf", NULL);

  operation = create_operation (context, profile, section);
  gtk_print_operation_set_export_filename (operation, scratch_pdf);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error) !=
      GTK_PRINT_OPERATION_RESULT_ERROR &&
      g_file_get_contents (scratch_pdf, &contents, &len, error))
    {
      /* A PDF cut short has no end-of-file marker */
      if (len < 5 || g_strrstr_len (contents + len - MIN (len, 32), MIN (len, 32), "%%EOF") == NULL)
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                             _("the PDF could not be written whole"));
      else
        {
          target = g_file_new_for_path (path);
          pdf = g_bytes_new_take (g_steal_pointer (&contents), len);
          if (atlas_save_bytes (target, pdf, NULL, error))
            {
              handout = g_object_get_data (G_OBJECT (operation), "atlas-handout");
              n_pages = handout->n_pages;
            }
        }
    }

  g_unlink (scratch_pdf);
  g_rmdir (scratch);
  return n_pages;
}
