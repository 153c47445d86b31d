namespace Parley.Text;

/// <summary>Universal Dependencies part-of-speech tags. <see cref="None"/> marks an untagged token.</summary>
public enum UPos : byte
{
    None = 0,
    ADJ,
    ADP,
    ADV,
    AUX,
    CCONJ,
    DET,
    INTJ,
    NOUN,
    NUM,
    PART,
    PRON,
    PROPN,
    PUNCT,
    SCONJ,
    SYM,
    VERB,
    X,
}
