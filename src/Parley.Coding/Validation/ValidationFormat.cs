namespace Parley.Coding.Validation;

/// <summary>The suite format a <see cref="ValidationSuite"/> was read from.</summary>
public enum ValidationFormat
{
    /// <summary>PETRARCH's XML unit-test records (<c>PETR.UnitTest.records.xml</c>).</summary>
    Petrarch,

    /// <summary>TABARI's project, options and text files (<c>Validate.project</c>).</summary>
    Tabari,
}
