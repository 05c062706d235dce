using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Hub.Portal.TagHelpers;

/// <summary>
/// One form field the accessible way (WCAG 2.1 AA): a label bound to the input, an optional hint, the error right above the
/// input, both linked by aria-describedby, aria-invalid while wrong, and the value as typed kept after a refused post.
/// <c>&lt;portal-field for="Form.Title" label="Titel" hint="..." /&gt;</c>; type text, number, date, email, tel, checkbox,
/// select (with <see cref="Options"/>), textarea.
/// </summary>
[HtmlTargetElement("portal-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(HtmlEncoder encoder) : TagHelper
{
    public required Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression For { get; set; }
    public required string Label { get; set; }
    public string? Hint { get; set; }
    public string Type { get; set; } = "text";
    public bool Required { get; set; }
    public string? Autocomplete { get; set; }
    public string? Inputmode { get; set; }
    public string? Optional { get; set; }
    public IEnumerable<SelectListItem>? Options { get; set; }
    /// <summary>Keeps ids unique when one form is repeated on a page (one per proposal).</summary>
    public string? IdSuffix { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = TagBuilder.CreateSanitizedId(name, "_") + (IdSuffix is { Length: > 0 } suffix ? "-" + suffix : "");
        var state = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry : null;
        var errors = state?.Errors.Select(e => e.ErrorMessage).Where(m => m.Length > 0).ToList() ?? [];
        var value = state?.AttemptedValue ?? Format(For.Model);
        var describedBy = new List<string>();

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "field" + (Type == "checkbox" ? " checkbox" : "") + (errors.Count > 0 ? " field-error" : ""));
        var html = output.Content;
        if (Type != "checkbox")
        {
            html.AppendHtml(LabelHtml(id));
        }
        if (Hint is { Length: > 0 })
        {
            describedBy.Add(id + "-hint");
            html.AppendHtml($"<p class=\"hint\" id=\"{id}-hint\">{encoder.Encode(Hint)}</p>");
        }
        if (errors.Count > 0)
        {
            describedBy.Add(id + "-error");
            html.AppendHtml($"<p class=\"error\" id=\"{id}-error\">{encoder.Encode(string.Join(" ", errors))}</p>");
        }
        var common = $"id=\"{id}\" name=\"{encoder.Encode(name)}\""
            + (describedBy.Count > 0 ? $" aria-describedby=\"{string.Join(' ', describedBy)}\"" : "")
            + (errors.Count > 0 ? " aria-invalid=\"true\"" : "")
            + (Required ? " required aria-required=\"true\"" : "")
            + (Autocomplete is null ? "" : $" autocomplete=\"{encoder.Encode(Autocomplete)}\"")
            + (Inputmode is null ? "" : $" inputmode=\"{encoder.Encode(Inputmode)}\"");
        switch (Type)
        {
            case "checkbox":
                // A ticked box posts "true,false" (the box and the hidden field after it): the first value counts.
                var isChecked = string.Equals(value?.Split(',')[0], "true", StringComparison.OrdinalIgnoreCase);
                html.AppendHtml($"<input type=\"checkbox\" {common} value=\"true\"{(isChecked ? " checked" : "")} />");
                html.AppendHtml(LabelHtml(id));
                html.AppendHtml($"<input type=\"hidden\" name=\"{encoder.Encode(name)}\" value=\"false\" />");
                break;
            case "select":
                html.AppendHtml($"<select {common}>");
                foreach (var option in Options ?? [])
                {
                    var selected = string.Equals(option.Value, value, StringComparison.Ordinal) ? " selected" : "";
                    html.AppendHtml($"<option value=\"{encoder.Encode(option.Value)}\"{selected}>{encoder.Encode(option.Text)}</option>");
                }
                html.AppendHtml("</select>");
                break;
            case "textarea":
                html.AppendHtml($"<textarea {common} rows=\"4\">{encoder.Encode(value ?? "")}</textarea>");
                break;
            default:
                html.AppendHtml($"<input type=\"{encoder.Encode(Type)}\" {common} value=\"{encoder.Encode(value ?? "")}\" />");
                break;
        }
    }

    private string LabelHtml(string id) =>
        $"<label for=\"{id}\">{encoder.Encode(Label)}{(Optional is { Length: > 0 } ? $" <span class=\"optional\">({encoder.Encode(Optional)})</span>" : "")}</label>";

    private static string? Format(object? model) => model switch
    {
        null => null,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => model.ToString(),
    };
}
