package health.staffing.base.ui.component;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import health.staffing.base.DomainException;
import health.staffing.base.Numbers;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A field for a number that keeps every character typed and refuses, with a message on the field,
 * what it cannot read ("1.5" openings, "1e309", "NaN") — where Vaadin's number fields drop the
 * characters they do not allow and save "15". Bind it with {@link #converter()}, or read
 * {@link #number()} and check {@link #isBadInput()}.
 */
public class NumberInput<T> extends TextField {

    private final Function<String, Optional<T>> parser;
    private final Function<T, String> formatter;
    private final String hint;
    private Predicate<T> inRange = number -> true;
    private String rangeMessage = "";

    NumberInput(String label, Function<String, Optional<T>> parser, Function<T, String> formatter, String hint,
            String inputMode) {
        super(label);
        this.parser = parser;
        this.formatter = formatter;
        this.hint = hint;
        getElement().setAttribute("inputmode", inputMode);
        addValueChangeListener(change -> {
            Optional<String> problem = problem();
            setInvalid(problem.isPresent());
            setErrorMessage(problem.orElse(null));
        });
    }

    /** Dollars: "$340,000", "340000.00"; cents at most two digits. */
    public static NumberInput<BigDecimal> amount(String label) {
        return new NumberInput<>(label, Numbers::amount, NumberInput::amountText,
                "Enter an amount in dollars, such as 340,000 or 340000.00", "decimal");
    }

    /** A decimal such as an FTE: "0.5", "1.00", at most {@code scale} digits after the point. */
    public static NumberInput<BigDecimal> decimal(String label, int scale, String example) {
        return new NumberInput<>(label, text -> Numbers.decimal(text, scale), BigDecimal::toPlainString,
                "Enter a number such as " + example + " (at most " + scale + " digits after the point)", "decimal");
    }

    /** A whole number of days, years or openings. */
    public static NumberInput<Integer> whole(String label, String example) {
        return new NumberInput<>(label, Numbers::whole, String::valueOf,
                "Enter a whole number such as " + example + ", without a point or letters", "numeric");
    }

    /** Numbers outside the range are refused on the field with this message (a filter then ignores them). */
    public NumberInput<T> within(Predicate<T> range, String message) {
        this.inRange = range;
        this.rangeMessage = message;
        return this;
    }

    /** What is wrong with the text typed: not a number of this kind, or out of range. */
    public Optional<String> problem() {
        if (isBadInput()) {
            return Optional.of(hint);
        }
        return number().filter(inRange.negate()).map(outside -> rangeMessage);
    }

    /** The number typed when it is readable and in range; empty otherwise (a filter then ignores it). */
    public Optional<T> acceptedNumber() {
        return problem().isPresent() ? Optional.empty() : number();
    }

    /** The number typed; empty when the field is blank or holds something that is not a number. */
    public Optional<T> number() {
        return isBlank() ? Optional.empty() : parser.apply(getValue());
    }

    /** Something is typed that is not a number of this kind. */
    public boolean isBadInput() {
        return !isBlank() && parser.apply(getValue()).isEmpty();
    }

    /**
     * The number, or null when blank; unreadable text is refused with the field's hint, for dialogs
     * that show a refusal from the service the same way.
     */
    public @Nullable T numberOrRefuse() {
        if (isBadInput()) {
            setInvalid(true);
            setErrorMessage(hint);
            throw new DomainException(getLabel() + ": " + hint + ".");
        }
        return number().orElse(null);
    }

    /** Shows the number, or empties the field for null. */
    public void setNumber(@Nullable T number) {
        setValue(number == null ? "" : formatter.apply(number));
    }

    /** For a Binder: blank is null, anything unreadable is refused with this field's hint. */
    public Converter<String, T> converter() {
        return Converter.from(text -> text == null || text.isBlank() ? Result.ok(null)
                        : parser.apply(text).map(Result::ok).orElseGet(() -> Result.error(hint)),
                number -> number == null ? "" : formatter.apply(number));
    }

    private boolean isBlank() {
        return getValue() == null || getValue().isBlank();
    }

    private static String amountText(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat(amount.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0",
                DecimalFormatSymbols.getInstance(Locale.US));
        return format.format(amount);
    }
}
