using Parley.Text.Stories;

namespace Parley.Text.Tests.Stories;

public class StoryDateParserTests
{
    [Theory]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData(" 2024-02-29 ", 2024, 2, 29)]
    [InlineData("20240229", 2024, 2, 29)]
    [InlineData("2024-02-29T00:00:00", 2024, 2, 29)]
    [InlineData("2024-02-29T23:30:00.250+09:00", 2024, 2, 29)]
    [InlineData("2024-02-29t01:00Z", 2024, 2, 29)]
    [InlineData("2024-02-29 12:00", 2024, 2, 29)]
    public void ReadsDateForms(string text, int year, int month, int day)
    {
        Assert.True(StoryDateParser.TryParse(text, out DateOnly date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2023-02-29")]
    [InlineData("20231301")]
    [InlineData("2024/02/29")]
    [InlineData("29-02-2024")]
    [InlineData("2024-02-29X")]
    [InlineData("2024-02-29T25:00")]
    [InlineData("March 3, 2024")]
    [InlineData("1709164800")]
    public void RejectsOtherForms(string text)
    {
        Assert.False(StoryDateParser.TryParse(text, out _));
    }
}
