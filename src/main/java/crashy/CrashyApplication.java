package crashy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CrashyApplication {
    public static void main(String[] args) {
        SpringApplication.run(CrashyApplication.class, args);
    }
}
