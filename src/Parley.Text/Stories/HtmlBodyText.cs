using System.Text;
using AngleSharp.Dom;

namespace Parley.Text.Stories;

/// <summary>
/// The visible text of an HTML body without SmartReader's article detection: scripts, styles and
/// other non-text elements are skipped, whitespace is collapsed as a browser would, and block
/// elements become paragraphs separated by blank lines (the sentence splitter ends sentences there).
/// </summary>
internal static class HtmlBodyText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object", "canvas", "select",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
        "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul",
    };

    /// <summary>Returns the body text (the whole document's when it has no body), or "" when there is none.</summary>
    public static string Extract(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        INode? root = (INode?)document.Body ?? document.DocumentElement;
        if (root == null)
        {
            return "";
        }
        var writer = new ParagraphWriter();
        // An explicit stack rather than recursion: hostile pages nest elements thousands deep.
        var stack = new Stack<(INode Node, bool Closing)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            (INode node, bool closing) = stack.Pop();
            if (closing)
            {
                writer.ParagraphBreak();
            }
            else if (node is IText text)
            {
                writer.Append(text.Data);
            }
            else if (node is IElement element)
            {
                PushElement(element, stack, writer);
            }
        }
        return writer.ToString();
    }

    private static void PushElement(IElement element, Stack<(INode Node, bool Closing)> stack, ParagraphWriter writer)
    {
        string name = element.LocalName;
        if (Skipped.Contains(name))
        {
            return;
        }
        if (name == "br")
        {
            writer.LineBreak();
            return;
        }
        if (Blocks.Contains(name))
        {
            writer.ParagraphBreak();
            stack.Push((element, true));
        }
        INodeList children = element.ChildNodes;
        for (int i = children.Length - 1; i >= 0; i--)
        {
            stack.Push((children[i], false));
        }
    }

    /// <summary>Collects text with collapsed whitespace and at most one blank line between paragraphs.</summary>
    private sealed class ParagraphWriter
    {
        private readonly StringBuilder _text = new();
        private bool _pendingSpace;
        private int _pendingBreaks;

        public void Append(string data)
        {
            foreach (char c in data)
            {
                if (char.IsWhiteSpace(c))
                {
                    _pendingSpace = true;
                    continue;
                }
                FlushPending();
                _text.Append(c);
            }
        }

        public void LineBreak() => _pendingBreaks = Math.Max(_pendingBreaks, 1);

        public void ParagraphBreak() => _pendingBreaks = 2;

        public override string ToString() => _text.ToString();

        private void FlushPending()
        {
            if (_text.Length > 0)
            {
                if (_pendingBreaks > 0)
                {
                    _text.Append(_pendingBreaks == 2 ? "\n\n" : "\n");
                }
                else if (_pendingSpace)
                {
                    _text.Append(' ');
                }
            }
            _pendingSpace = false;
            _pendingBreaks = 0;
        }
    }
}
