// Validates XML files against an XML Schema with the JDK's own validator
// (javax.xml.validation), the Java the Nu HTML Checker already needs. Run as
// a single-file program: java Validate.java schema.xsd file.xml [file.xml …].
// Prints one line per invalid file; exits 1 if any.
import java.io.File;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

public class Validate {
  public static void main(String[] args) throws Exception {
    Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new File(args[0])).newValidator();
    int invalid = 0;
    for (int i = 1; i < args.length; i++) {
      try {
        validator.validate(new StreamSource(new File(args[i])));
      } catch (org.xml.sax.SAXParseException e) {
        System.out.println(args[i] + ":" + e.getLineNumber() + ": " + e.getMessage());
        invalid++;
      }
    }
    System.exit(invalid == 0 ? 0 : 1);
  }
}
