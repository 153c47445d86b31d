using System.Text.Encodings.Web;
using System.Text.Json;

namespace Parley.Web.Api;

/// <summary>
/// The JSON conventions of the API: snake_case names as in the <c>parley code</c> contract, nulls written out (a
/// missing target is <c>"target": null</c>, as in the contract), and the default encoder, which escapes
/// <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> so story text can never close a script or tag of a page that embeds it.
/// </summary>
internal static class ApiJson
{
    /// <summary>Applies the API's conventions to <paramref name="options"/>.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        // ASP.NET's default is the relaxed encoder, which writes '<' as is; the strict one costs a few bytes.
        options.Encoder = JavaScriptEncoder.Default;
        options.DictionaryKeyPolicy = null;
        options.AllowTrailingCommas = false;
        options.ReadCommentHandling = JsonCommentHandling.Disallow;
        options.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip;
    }

    /// <summary>A fresh set of options with the API's conventions (for reading request bodies and for tests).</summary>
    public static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        return options;
    }
}
