using Parley.Text;

namespace Parley.Syntax.Tagging;

/// <summary>The tagger's classes: each is a (UPOS, Penn XPOS) pair seen in training.</summary>
public sealed class TagSet
{
    private readonly Dictionary<(UPos, string), int> _index = new();
    private readonly List<UPos> _upos = new();
    private readonly List<string> _xpos = new();

    /// <summary>Number of classes.</summary>
    public int Count => _upos.Count;

    /// <summary>The UPOS of class <paramref name="tag"/>.</summary>
    public UPos Upos(int tag) => _upos[tag];

    /// <summary>The XPOS of class <paramref name="tag"/>.</summary>
    public string Xpos(int tag) => _xpos[tag];

    /// <summary>The class of a pair, or -1.</summary>
    public int Find(UPos upos, string xpos) => _index.TryGetValue((upos, xpos), out int tag) ? tag : -1;

    /// <summary>Returns the class of a pair, adding it when new (training only).</summary>
    internal int GetOrAdd(UPos upos, string xpos)
    {
        if (_index.TryGetValue((upos, xpos), out int tag))
        {
            return tag;
        }
        if (_upos.Count >= 255)
        {
            throw new InvalidOperationException("more than 255 distinct UPOS/XPOS pairs");
        }
        tag = _upos.Count;
        string interned = string.Intern(xpos);
        _index.Add((upos, interned), tag);
        _upos.Add(upos);
        _xpos.Add(interned);
        return tag;
    }

    /// <summary>Parses a UPOS name; unknown names map to <see cref="UPos.X"/>.</summary>
    public static UPos ParseUpos(string name) => Enum.TryParse(name, ignoreCase: false, out UPos value) && value != UPos.None ? value : UPos.X;

    internal void Write(BinaryWriter writer)
    {
        writer.Write(Count);
        for (int i = 0; i < Count; i++)
        {
            writer.Write((byte)_upos[i]);
            writer.Write(_xpos[i]);
        }
    }

    internal static TagSet Read(BinaryReader reader)
    {
        var set = new TagSet();
        int count = reader.ReadInt32();
        if (count < 0 || count > 255)
        {
            throw new InvalidDataException("corrupt tag set");
        }
        for (int i = 0; i < count; i++)
        {
            var upos = (UPos)reader.ReadByte();
            set.GetOrAdd(upos, reader.ReadString());
        }
        return set;
    }
}
