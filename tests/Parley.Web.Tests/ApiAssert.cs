using System.Net;
using System.Text.Json;

namespace Parley.Web.Tests;

/// <summary>Reading JSON answers and checking problem details.</summary>
internal static class ApiAssert
{
    /// <summary>The body of a successful answer as a JSON document.</summary>
    public static async Task<JsonElement> OkJson(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {expected}, got {response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>
    /// Checks that the answer is an RFC 7807 problem with <paramref name="status"/> and returns it; for a validation
    /// problem, <paramref name="parameter"/> names the parameter that must be listed in its errors.
    /// </summary>
    public static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status, string? parameter = null)
    {
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {status}, got {response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonElement problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        if (parameter is not null)
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out JsonElement messages), body);
            Assert.False(string.IsNullOrEmpty(messages[0].GetString()));
        }
        return problem;
    }
}
