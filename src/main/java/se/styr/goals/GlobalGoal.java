package se.styr.goals;

import se.styr.shared.Text;
import se.styr.shared.InvalidValueException;

/** The 17 global goals of Agenda 2030, by their official Swedish names. */
public enum GlobalGoal {
  G1("Ingen fattigdom"),
  G2("Ingen hunger"),
  G3("Hälsa och välbefinnande"),
  G4("God utbildning för alla"),
  G5("Jämställdhet"),
  G6("Rent vatten och sanitet för alla"),
  G7("Hållbar energi för alla"),
  G8("Anständiga arbetsvillkor och ekonomisk tillväxt"),
  G9("Hållbar industri, innovationer och infrastruktur"),
  G10("Minskad ojämlikhet"),
  G11("Hållbara städer och samhällen"),
  G12("Hållbar konsumtion och produktion"),
  G13("Bekämpa klimatförändringarna"),
  G14("Hav och marina resurser"),
  G15("Ekosystem och biologisk mångfald"),
  G16("Fredliga och inkluderande samhällen"),
  G17("Genomförande och globalt partnerskap");

  private final String swedishName;

  GlobalGoal(String swedishName) {
    this.swedishName = swedishName;
  }

  public int number() {
    return ordinal() + 1;
  }

  public String swedishName() {
    return swedishName;
  }

  /** "Mål 3: Hälsa och välbefinnande". */
  public String label() {
    return "Mål " + number() + ": " + swedishName;
  }

  public static GlobalGoal of(int number) {
    if (number < 1 || number > 17) {
      throw new InvalidValueException(Text.of("goals.invalid.globalGoal", number));
    }
    return values()[number - 1];
  }
}
