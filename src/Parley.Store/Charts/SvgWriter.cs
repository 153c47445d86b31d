using System.Globalization;
using System.Text;
using System.Xml;

namespace Parley.Store.Charts;

/// <summary>
/// Writes a self-contained SVG document element by element: presentation attributes only (no CSS, scripts or
/// external fonts), numbers in the invariant culture, and every text passed through <see cref="XmlWriter"/>, which
/// escapes markup characters. Characters XML cannot hold at all (most control characters) are replaced first,
/// because names in charts come from news text.
/// </summary>
internal sealed class SvgWriter : IDisposable
{
    /// <summary>A generic family every SVG viewer has, so the file never needs a font of its own.</summary>
    public const string FontFamily = "DejaVu Sans, Arial, Helvetica, sans-serif";

    private const string Namespace = "http://www.w3.org/2000/svg";

    private readonly XmlWriter _xml;

    /// <summary>Starts a document of <paramref name="width"/> × <paramref name="height"/> with a title and description.</summary>
    public SvgWriter(Stream output, double width, double height, string title, string description)
    {
        ArgumentNullException.ThrowIfNull(output);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), CloseOutput = false };
        _xml = XmlWriter.Create(output, settings);
        _xml.WriteStartDocument();
        _xml.WriteStartElement("svg", Namespace);
        Attribute("width", width);
        Attribute("height", height);
        _xml.WriteAttributeString("viewBox", $"0 0 {Number(width)} {Number(height)}");
        _xml.WriteAttributeString("font-family", FontFamily);
        _xml.WriteElementString("title", Namespace, Clean(title));
        _xml.WriteElementString("desc", Namespace, Clean(description));
        Rect(0, 0, width, height, "#ffffff", "background");
    }

    /// <summary>A filled rectangle; <paramref name="tooltip"/> becomes its SVG <c>&lt;title&gt;</c>.</summary>
    public void Rect(double x, double y, double width, double height, string fill, string cssClass, string? tooltip = null)
    {
        Start("rect", cssClass);
        Attribute("x", x);
        Attribute("y", y);
        Attribute("width", Math.Max(0, width));
        Attribute("height", Math.Max(0, height));
        _xml.WriteAttributeString("fill", fill);
        End(tooltip);
    }

    /// <summary>A straight line.</summary>
    public void Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, string? dash = null)
    {
        _xml.WriteStartElement("line", Namespace);
        Attribute("x1", x1);
        Attribute("y1", y1);
        Attribute("x2", x2);
        Attribute("y2", y2);
        _xml.WriteAttributeString("stroke", stroke);
        Attribute("stroke-width", width);
        if (dash != null)
        {
            _xml.WriteAttributeString("stroke-dasharray", dash);
        }
        _xml.WriteEndElement();
    }

    /// <summary>An open line through <paramref name="points"/>.</summary>
    public void Polyline(IEnumerable<(double X, double Y)> points, string stroke, double width, string cssClass)
    {
        Start("polyline", cssClass);
        _xml.WriteAttributeString("points", string.Join(' ', points.Select(p => Number(p.X) + "," + Number(p.Y))));
        _xml.WriteAttributeString("fill", "none");
        _xml.WriteAttributeString("stroke", stroke);
        Attribute("stroke-width", width);
        _xml.WriteEndElement();
    }

    /// <summary>A filled circle; <paramref name="tooltip"/> becomes its SVG <c>&lt;title&gt;</c>.</summary>
    public void Circle(double cx, double cy, double r, string fill, string cssClass, string? tooltip = null)
    {
        Start("circle", cssClass);
        Attribute("cx", cx);
        Attribute("cy", cy);
        Attribute("r", r);
        _xml.WriteAttributeString("fill", fill);
        End(tooltip);
    }

    /// <summary>
    /// Text at (<paramref name="x"/>, <paramref name="y"/>) on its baseline; <paramref name="anchor"/> is start,
    /// middle or end; <paramref name="rotate"/> turns it about its anchor point (degrees).
    /// </summary>
    public void Text(double x, double y, string text, double size = 12, string anchor = "start", string fill = "#222222",
        bool bold = false, double rotate = 0)
    {
        _xml.WriteStartElement("text", Namespace);
        Attribute("x", x);
        Attribute("y", y);
        Attribute("font-size", size);
        _xml.WriteAttributeString("text-anchor", anchor);
        _xml.WriteAttributeString("fill", fill);
        if (bold)
        {
            _xml.WriteAttributeString("font-weight", "bold");
        }
        if (rotate != 0)
        {
            _xml.WriteAttributeString("transform", $"rotate({Number(rotate)} {Number(x)} {Number(y)})");
        }
        _xml.WriteString(Clean(text));
        _xml.WriteEndElement();
    }

    /// <summary>Closes the document and flushes it to the stream (which stays open).</summary>
    public void Dispose()
    {
        _xml.WriteEndElement();
        _xml.WriteEndDocument();
        _xml.Dispose();
    }

    /// <summary>A number as SVG writes it: invariant culture, at most two decimals.</summary>
    public static string Number(double value) =>
        Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// <paramref name="text"/> with the characters XML 1.0 cannot hold replaced by U+FFFD (XmlWriter would throw on
    /// them); markup characters are left for XmlWriter to escape.
    /// </summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? clean = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair)
            {
                clean?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            bool valid = XmlConvert.IsXmlChar(c);
            if (!valid && clean == null)
            {
                clean = new StringBuilder(text.Length).Append(text, 0, i);
            }
            clean?.Append(valid ? c : '\uFFFD');
        }
        return clean?.ToString() ?? text;
    }

    private void Start(string element, string cssClass)
    {
        _xml.WriteStartElement(element, Namespace);
        // A class names what the shape shows (tests and other tools count shapes by it); no stylesheet uses it.
        _xml.WriteAttributeString("class", cssClass);
    }

    private void End(string? tooltip)
    {
        if (tooltip != null)
        {
            _xml.WriteElementString("title", Namespace, Clean(tooltip));
        }
        _xml.WriteEndElement();
    }

    private void Attribute(string name, double value) => _xml.WriteAttributeString(name, Number(value));
}
